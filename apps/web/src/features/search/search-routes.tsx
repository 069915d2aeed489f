import type { RouteObject } from 'react-router';
import { SearchPage } from './SearchPage';

export const searchRoutes: RouteObject[] = [{ path: 'cari', element: <SearchPage /> }];
