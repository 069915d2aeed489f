import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class ListingsArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only this category; every category when left out.',
  })
  categorySlug?: string | null;

  @Field(() => Int, { defaultValue: 20, description: 'At most 50.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
