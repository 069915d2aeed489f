import { renderMarkdown } from '../../common/markdown/render-markdown.js';
import type {
  ForumAuthorModel,
  ForumCategoryModel,
  ForumPostModel,
  ForumThreadModel,
} from './dto/forum.model.js';

/** A category as `CATEGORY_COLUMNS` selects it. */
export interface CategoryRow {
  category_id: string;
  category_slug: string;
  category_name_id: string;
  category_name_en: string;
  category_description_id: string;
  category_description_en: string;
  category_thread_count: number;
}

export const CATEGORY_COLUMNS = `
  c.id AS category_id, c.slug AS category_slug, c.name_id AS category_name_id,
  c.name_en AS category_name_en, c.description_id AS category_description_id,
  c.description_en AS category_description_en, c.thread_count AS category_thread_count`;

/** A thread as `THREAD_SELECT` reads it, with its category and its author's public name. */
export interface ThreadRow extends CategoryRow {
  id: string;
  title: string;
  created_at: Date;
  last_activity_at: Date;
  activity_key: string;
  reply_count: number;
  locked: boolean;
  pinned: boolean;
  author_id: string | null;
  author_name: string | null;
}

export interface PostRow {
  id: string;
  thread_id: string;
  body: string;
  created_at: Date;
  created_key: string;
  author_id: string | null;
  author_name: string | null;
}

export function threadUrl(id: string): string {
  return `/forum/t/${id}`;
}

export function toCategoryModel(row: CategoryRow): ForumCategoryModel {
  return {
    id: row.category_id,
    slug: row.category_slug,
    nameId: row.category_name_id,
    nameEn: row.category_name_en,
    descriptionId: row.category_description_id,
    descriptionEn: row.category_description_en,
    threadCount: row.category_thread_count,
  };
}

export function toThreadModel(row: ThreadRow): ForumThreadModel {
  return {
    id: row.id,
    title: row.title,
    category: toCategoryModel(row),
    author: toAuthorModel(row.author_id, row.author_name),
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    replyCount: row.reply_count,
    locked: row.locked,
    pinned: row.pinned,
    url: threadUrl(row.id),
  };
}

export function toPostModel(row: PostRow): ForumPostModel {
  return {
    id: row.id,
    threadId: row.thread_id,
    author: toAuthorModel(row.author_id, row.author_name),
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    createdAt: row.created_at,
  };
}

function toAuthorModel(id: string | null, name: string | null): ForumAuthorModel | null {
  return id && name !== null ? { id, name } : null;
}
