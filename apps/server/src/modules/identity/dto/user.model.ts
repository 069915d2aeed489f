import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@sim-se/shared';
import { KelurahanModel } from '../../regions/dto/region.model.js';

registerEnumType(Role, { name: 'Role', description: 'What a person may do on SIM-SE.' });

@ObjectType('User', { description: 'A person on SIM-SE.' })
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Visible only to the person themself and to administrators.',
  })
  email!: string | null;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => KelurahanModel, { nullable: true })
  kelurahan!: KelurahanModel | null;

  @Field()
  createdAt!: Date;
}

/** The public face of an author: name only. */
@ObjectType('Author')
export class AuthorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
