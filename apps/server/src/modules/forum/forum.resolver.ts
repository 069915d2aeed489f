import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { requireViewer } from '../../common/auth/require.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { GraphqlContext } from '../../app.module.js';
import { PageArgs } from '../../common/graphql/page.args.js';
import { ActiveThreadsArgs, ThreadsArgs } from './dto/forum.args.js';
import { ReplyInput, StartThreadInput } from './dto/forum.input.js';
import {
  ForumCategoryModel,
  ForumPostConnectionModel,
  ForumPostModel,
  ForumThreadConnectionModel,
  ForumThreadModel,
} from './dto/forum.model.js';
import { ForumService } from './forum.service.js';

@Resolver(() => ForumThreadModel)
export class ForumResolver {
  constructor(@Inject(ForumService) private readonly forum: ForumService) {}

  @Query(() => [ForumCategoryModel], { description: 'Every forum category, in display order.' })
  forumCategories(): Promise<ForumCategoryModel[]> {
    return this.forum.categories();
  }

  @Query(() => ForumCategoryModel, { nullable: true })
  forumCategory(@Args('slug') slug: string): Promise<ForumCategoryModel | null> {
    return this.forum.category(slug);
  }

  @Query(() => ForumThreadConnectionModel, {
    description: 'Threads of a category: pinned first, then by latest activity.',
  })
  threads(@Args() args: ThreadsArgs): Promise<ForumThreadConnectionModel> {
    return this.forum.threads(args.categorySlug, args.first, args.after);
  }

  @Query(() => [ForumThreadModel], {
    description: 'Most recently active threads across categories.',
  })
  activeThreads(@Args() args: ActiveThreadsArgs): Promise<ForumThreadModel[]> {
    return this.forum.activeThreads(args.first);
  }

  @Query(() => ForumThreadModel, { nullable: true })
  thread(@Args('id', { type: () => ID }) id: string): Promise<ForumThreadModel | null> {
    return this.forum.thread(id);
  }

  @ResolveField(() => ForumPostConnectionModel, {
    description: 'Posts oldest first, the opening one included.',
  })
  posts(
    @Parent() thread: ForumThreadModel,
    @Args() args: PageArgs,
  ): Promise<ForumPostConnectionModel> {
    return this.forum.posts(thread.id, args.first, args.after);
  }

  @Mutation(() => ForumThreadModel, { description: 'Opens a thread; signed-in people only.' })
  startThread(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: StartThreadInput,
    @Context() { req }: GraphqlContext,
  ): Promise<ForumThreadModel> {
    return this.forum.startThread(requireViewer(viewer), input, req.language);
  }

  @Mutation(() => ForumPostModel, {
    description: 'Answers a thread that is not locked; signed-in people only.',
  })
  reply(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: ReplyInput,
    @Context() { req }: GraphqlContext,
  ): Promise<ForumPostModel> {
    return this.forum.reply(requireViewer(viewer), input, req.language);
  }
}
