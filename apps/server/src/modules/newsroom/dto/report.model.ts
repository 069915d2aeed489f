import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportStatus } from '@sim-se/shared';
import { PageInfoModel } from '../../../common/graphql/page-info.model.js';
import { AuthorModel } from '../../identity/dto/user.model.js';
import { KelurahanModel } from '../../regions/dto/region.model.js';

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a report stands: waiting for an editor, back with its author, or public.',
});

@ObjectType('ReviewComment', { description: 'What an editor asked the author to change.' })
export class ReviewCommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AuthorModel)
  editor!: AuthorModel;

  @Field()
  comment!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('Report', {
  description: "A citizen reporter's piece as its author and the editors see it, at any stage.",
})
export class ReportModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown as the author wrote it.' })
  body!: string;

  @Field({ description: 'The body rendered to sanitised HTML.' })
  bodyHtml!: string;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field({ description: 'The article address once published: /berita/<slug>.' })
  slug!: string;

  @Field(() => KelurahanModel, { nullable: true })
  kelurahan!: KelurahanModel | null;

  @Field(() => String, { nullable: true })
  photoUrl!: string | null;

  @Field(() => AuthorModel)
  author!: AuthorModel;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => [ReviewCommentModel], { description: 'Editor comments, oldest first.' })
  comments!: ReviewCommentModel[];

  @Field(() => ReviewCommentModel, { nullable: true })
  latestComment!: ReviewCommentModel | null;
}

@ObjectType('ReportConnection')
export class ReportConnectionModel {
  @Field(() => [ReportModel])
  nodes!: ReportModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
