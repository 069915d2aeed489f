import { ArgsType, Field, Int } from '@nestjs/graphql';
import { SearchKind } from '../search.types.js';

@ArgsType()
export class SearchArgs {
  @Field()
  query!: string;

  @Field(() => [SearchKind], { nullable: true })
  kinds?: SearchKind[];

  @Field(() => Int, { defaultValue: 20 })
  first!: number;
}
