import type { LISTING_CATEGORY_SLUGS } from '@sim-se/shared';

type CategorySlug = (typeof LISTING_CATEGORY_SLUGS)[number];

/** The kinds of goods KIM groups sell, in the order the marketplace shows them. */
export const LISTING_CATEGORIES: ReadonlyArray<{
  slug: CategorySlug;
  nameId: string;
  nameEn: string;
}> = [
  { slug: 'kerajinan', nameId: 'Kerajinan', nameEn: 'Crafts' },
  { slug: 'makanan', nameId: 'Makanan', nameEn: 'Food' },
  { slug: 'sketsa', nameId: 'Sketsa', nameEn: 'Sketches' },
  { slug: 'fotografi', nameId: 'Fotografi', nameEn: 'Photography' },
];
