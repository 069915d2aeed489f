import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../../common/graphql/page-info.model.js';
import { AuthorModel } from '../../identity/dto/user.model.js';
import { KelurahanModel } from '../../regions/dto/region.model.js';

@ObjectType('Article', { description: 'A published report, as everyone reads it.' })
export class ArticleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  /** Markdown, kept for the computed fields (bodyHtml, excerpt); not in the schema. */
  body!: string;

  @Field(() => AuthorModel, { description: 'The reporter, by public name only.' })
  author!: AuthorModel;

  @Field(() => KelurahanModel, { nullable: true })
  kelurahan!: KelurahanModel | null;

  @Field(() => String, { nullable: true })
  photoUrl!: string | null;

  @Field()
  publishedAt!: Date;
}

@ObjectType('ArticleConnection')
export class ArticleConnectionModel {
  @Field(() => [ArticleModel])
  nodes!: ArticleModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
