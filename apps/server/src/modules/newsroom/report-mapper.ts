import type { AuthorModel } from '../identity/dto/user.model.js';
import type { UserEntity } from '../identity/entities/user.entity.js';
import type { RegionsService } from '../regions/regions.service.js';
import { renderMarkdown } from '../../common/markdown/render-markdown.js';
import type { ArticleModel } from './dto/article.model.js';
import type { ReportModel, ReviewCommentModel } from './dto/report.model.js';
import type { ReportCommentEntity } from './entities/report-comment.entity.js';
import type { ReportEntity } from './entities/report.entity.js';

/** Where the media feature serves an uploaded image. */
export function photoUrl(photoId: string | null): string | null {
  return photoId ? `/media/${photoId}` : null;
}

/** A person by public name only: their e-mail never travels with their writing. */
function toAuthor(user: UserEntity): AuthorModel {
  return { id: user.id, name: user.name };
}

function toComment(comment: ReportCommentEntity): ReviewCommentModel {
  return {
    id: comment.id,
    editor: toAuthor(comment.editor),
    comment: comment.comment,
    createdAt: comment.createdAt,
  };
}

/** The working view for the author and editors; expects author and comments.editor loaded. */
export async function toReportModel(
  report: ReportEntity,
  regions: RegionsService,
): Promise<ReportModel> {
  const comments = [...(report.comments ?? [])]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map(toComment);
  return {
    id: report.id,
    title: report.title,
    body: report.body,
    bodyHtml: renderMarkdown(report.body),
    status: report.status,
    slug: report.slug,
    kelurahan: await regions.describe(report.regionCode),
    photoUrl: photoUrl(report.photoId),
    author: toAuthor(report.author),
    submittedAt: report.submittedAt,
    publishedAt: report.publishedAt,
    comments,
    latestComment: comments.at(-1) ?? null,
  };
}

/** The public view of a published report; expects author loaded. */
export async function toArticleModel(
  report: ReportEntity & { publishedAt: Date },
  regions: RegionsService,
): Promise<ArticleModel> {
  return {
    id: report.id,
    slug: report.slug,
    title: report.title,
    body: report.body,
    author: toAuthor(report.author),
    kelurahan: await regions.describe(report.regionCode),
    photoUrl: photoUrl(report.photoId),
    publishedAt: report.publishedAt,
  };
}
