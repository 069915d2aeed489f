import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Role } from '@sim-se/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { requireRole, requireViewer } from '../../common/auth/require.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PageArgs } from '../../common/graphql/page.args.js';
import { ReportConnectionModel, ReportModel } from './dto/report.model.js';
import { ReportInput } from './dto/report.input.js';
import { NewsroomService } from './newsroom.service.js';

interface HttpContext {
  req: Request;
}

/** The desk: members submit and revise reports, editors review and publish them. */
@Resolver(() => ReportModel)
export class NewsroomResolver {
  constructor(@Inject(NewsroomService) private readonly newsroom: NewsroomService) {}

  @Mutation(() => ReportModel, { description: 'A KIM member sends a report to the editors.' })
  submitReport(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: ReportInput,
    @Context() { req }: HttpContext,
  ): Promise<ReportModel> {
    const author = requireRole(viewer, Role.MEMBER);
    return this.newsroom.submit(author, input, req.language);
  }

  @Mutation(() => ReportModel, {
    description: 'The author changes a report an editor sent back, and submits it again.',
  })
  reviseReport(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ReportInput,
    @Context() { req }: HttpContext,
  ): Promise<ReportModel> {
    const author = requireRole(viewer, Role.MEMBER);
    return this.newsroom.revise(author, id, input, req.language);
  }

  @Query(() => ReportConnectionModel, { description: "The viewer's own reports, newest first." })
  myReports(
    @CurrentViewer() viewer: Viewer | null,
    @Args() args: PageArgs,
  ): Promise<ReportConnectionModel> {
    return this.newsroom.myReports(requireViewer(viewer), args);
  }

  @Query(() => ReportConnectionModel, {
    description: 'Submitted reports waiting for an editor, oldest first; editors only.',
  })
  reviewQueue(
    @CurrentViewer() viewer: Viewer | null,
    @Args() args: PageArgs,
  ): Promise<ReportConnectionModel> {
    requireRole(viewer, Role.EDITOR);
    return this.newsroom.reviewQueue(args);
  }

  @Query(() => ReportModel, { description: 'One report, for its author and editors.' })
  report(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportModel> {
    return this.newsroom.reportFor(requireViewer(viewer), id);
  }

  @Mutation(() => ReportModel, { description: 'Makes a submitted report public; editors only.' })
  publishReport(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportModel> {
    requireRole(viewer, Role.EDITOR);
    return this.newsroom.publish(id);
  }

  @Mutation(() => ReportModel, {
    description: 'Sends a submitted report back to its author with a comment; editors only.',
  })
  requestChanges(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment') comment: string,
    @Context() { req }: HttpContext,
  ): Promise<ReportModel> {
    const editor = requireRole(viewer, Role.EDITOR);
    return this.newsroom.requestChanges(editor, id, comment, req.language);
  }
}
