import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../../common/graphql/page-info.model.js';

@ObjectType('ForumCategory', {
  description: 'A board of the forum, named in Indonesian and English.',
})
export class ForumCategoryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable address part, e.g. tanya-jawab.' })
  slug!: string;

  @Field({ description: 'Name in Bahasa Indonesia.' })
  nameId!: string;

  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Field({ description: 'Description in Bahasa Indonesia.' })
  descriptionId!: string;

  @Field({ description: 'Description in English.' })
  descriptionEn!: string;

  @Field(() => Int)
  threadCount!: number;
}

@ObjectType('ForumAuthor', {
  description: 'The public face of a forum writer: never their e-mail.',
})
export class ForumAuthorModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('ForumPost', { description: 'One message in a thread; the first one opens it.' })
export class ForumPostModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => ForumAuthorModel, {
    nullable: true,
    description: 'Null once the author deleted their account.',
  })
  author!: ForumAuthorModel | null;

  @Field({ description: 'Markdown as written, for quoting and editing.' })
  body!: string;

  @Field({ description: 'The Markdown rendered to sanitised HTML, safe to insert as it is.' })
  bodyHtml!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('ForumThread')
export class ForumThreadModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => ForumCategoryModel)
  category!: ForumCategoryModel;

  @Field(() => ForumAuthorModel, {
    nullable: true,
    description: 'Null once the author deleted their account.',
  })
  author!: ForumAuthorModel | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'When the thread was opened or last answered.' })
  lastActivityAt!: Date;

  @Field(() => Int, { description: 'Posts after the first one.' })
  replyCount!: number;

  @Field({ description: 'A locked thread takes no new replies.' })
  locked!: boolean;

  @Field({ description: 'Pinned threads head their category.' })
  pinned!: boolean;

  @Field({ description: 'Page that shows the thread, relative to the site root.' })
  url!: string;
}

@ObjectType('ForumThreadConnection')
export class ForumThreadConnectionModel {
  @Field(() => [ForumThreadModel])
  nodes!: ForumThreadModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}

@ObjectType('ForumPostConnection')
export class ForumPostConnectionModel {
  @Field(() => [ForumPostModel])
  nodes!: ForumPostModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
