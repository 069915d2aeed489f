import type { RouteObject } from 'react-router';
import { ArticlePage } from './ArticlePage';
import { MyReportsPage } from './MyReportsPage';
import { NewsListPage } from './NewsListPage';
import { ReportPage } from './ReportPage';
import { ReviewQueuePage } from './ReviewQueuePage';
import { ReviseReportPage } from './ReviseReportPage';

export const newsRoutes: RouteObject[] = [
  { path: 'berita', element: <NewsListPage /> },
  { path: 'berita/:slug', element: <ArticlePage /> },
  { path: 'lapor', element: <ReportPage /> },
  { path: 'redaksi', element: <ReviewQueuePage /> },
  { path: 'laporan-saya', element: <MyReportsPage /> },
  { path: 'laporan-saya/:id/ubah', element: <ReviseReportPage /> },
];
