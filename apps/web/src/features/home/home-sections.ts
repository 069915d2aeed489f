import type { ComponentType } from 'react';
import { ActiveThreadsSection } from '../forum/ActiveThreadsSection';
import { NewListingsSection } from '../market/NewListingsSection';
import { LatestNewsSection } from '../news/LatestNewsSection';

/**
 * The "what is new" sections of the home page, in order. A feature adds its section here
 * once the server offers the query behind it.
 */
export const HOME_SECTIONS: { key: string; Section: ComponentType }[] = [
  { key: 'news', Section: LatestNewsSection },
  { key: 'threads', Section: ActiveThreadsSection },
  { key: 'listings', Section: NewListingsSection },
];
