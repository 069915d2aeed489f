import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SearchKind } from '../search.types.js';

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Plain-text excerpt around the match.' })
  snippet!: string;

  @Field({ description: 'Page that shows the hit, relative to the site root.' })
  url!: string;

  @Field()
  publishedAt!: Date;
}

@ObjectType('SearchResults')
export class SearchResultsModel {
  @Field(() => [SearchHitModel])
  hits!: SearchHitModel[];

  @Field(() => Int, { description: 'Estimated number of matches.' })
  total!: number;

  @Field({ description: 'meilisearch, or postgres where no Meilisearch runs.' })
  engine!: string;
}
