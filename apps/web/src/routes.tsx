import type { RouteObject } from 'react-router';
import { adminRoutes } from './features/admin/admin-routes';
import { authRoutes } from './features/auth/auth-routes';
import { forumRoutes } from './features/forum/forum-routes';
import { HomePage } from './features/home/HomePage';
import { searchRoutes } from './features/search/search-routes';
import { newsRoutes } from './features/news/news-routes';
import { marketRoutes } from './features/market/market-routes';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';

/**
 * Every page of the web app. A feature adds its pages by exporting a `RouteObject[]` from
 * its folder and listing it here; the server answers every page path with index.html.
 */
export const featureRoutes: RouteObject[] = [
  ...authRoutes,
  ...newsRoutes,
  ...forumRoutes,
  ...marketRoutes,
  ...searchRoutes,
  ...adminRoutes,
];

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      ...featureRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
