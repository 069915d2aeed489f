import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'At most 50.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
