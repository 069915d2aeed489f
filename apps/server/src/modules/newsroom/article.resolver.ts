import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { markdownToText, renderMarkdown } from '../../common/markdown/render-markdown.js';
import { excerpt } from '../search/search.types.js';
import { ArticleConnectionModel, ArticleModel } from './dto/article.model.js';
import { PageArgs } from '../../common/graphql/page.args.js';
import { NewsroomService } from './newsroom.service.js';

/** Public reading of published news; open to everyone, signed in or not. */
@Resolver(() => ArticleModel)
export class ArticleResolver {
  constructor(@Inject(NewsroomService) private readonly newsroom: NewsroomService) {}

  @Query(() => ArticleConnectionModel, { description: 'Published news, newest first.' })
  news(@Args() args: PageArgs): Promise<ArticleConnectionModel> {
    return this.newsroom.news(args);
  }

  @Query(() => ArticleModel, { description: 'One published article by its address.' })
  article(@Args('slug') slug: string): Promise<ArticleModel> {
    return this.newsroom.article(slug);
  }

  @ResolveField(() => String, { description: 'The body as sanitised HTML.' })
  bodyHtml(@Parent() article: ArticleModel): string {
    return renderMarkdown(article.body);
  }

  @ResolveField(() => String, { description: 'The opening words of the body, as plain text.' })
  excerpt(@Parent() article: ArticleModel): string {
    return excerpt(markdownToText(article.body));
  }
}
