import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@sim-se/shared';

@InputType()
export class RegisterInput {
  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field({ description: 'Kemendagri code of the kelurahan the person lives in.' })
  regionCode!: string;
}

@InputType()
export class LogInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType()
export class SetRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'true grants the role, false takes it away.' })
  granted!: boolean;
}
