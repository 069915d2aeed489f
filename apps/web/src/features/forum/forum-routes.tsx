import type { RouteObject } from 'react-router';
import { CategoryPage } from './CategoryPage';
import { ForumIndexPage } from './ForumIndexPage';
import { NewThreadPage } from './NewThreadPage';
import { ThreadPage } from './ThreadPage';

export const forumRoutes: RouteObject[] = [
  { path: 'forum', element: <ForumIndexPage /> },
  { path: 'forum/t/:id', element: <ThreadPage /> },
  { path: 'forum/:slug', element: <CategoryPage /> },
  { path: 'forum/:slug/baru', element: <NewThreadPage /> },
];
