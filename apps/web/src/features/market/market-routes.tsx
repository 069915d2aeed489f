import type { RouteObject } from 'react-router';
import { ListingPage } from './ListingPage';
import { MarketPage } from './MarketPage';
import { NewListingPage } from './NewListingPage';

export const marketRoutes: RouteObject[] = [
  { path: 'pasar', element: <MarketPage /> },
  { path: 'pasar/baru', element: <NewListingPage /> },
  { path: 'pasar/:id', element: <ListingPage /> },
];
