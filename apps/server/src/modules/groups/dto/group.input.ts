import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateGroupInput {
  @Field()
  name!: string;

  @Field({ description: 'Kemendagri code of the kelurahan the group serves.' })
  regionCode!: string;

  @Field({ description: 'Number of the SK decree that established the group.' })
  decreeNumber!: string;

  @Field({ description: 'Date of the SK decree, YYYY-MM-DD.' })
  decreeDate!: string;
}

@ArgsType()
export class AddGroupMemberArgs {
  @Field(() => ID)
  groupId!: string;

  @Field(() => ID)
  userId!: string;

  @Field({ defaultValue: false, description: 'Makes the person an administrator of the group.' })
  isAdmin!: boolean;
}
