/** What a person may do on SIM-SE. A person can hold several roles at once. */
export enum Role {
  RESIDENT = 'RESIDENT',
  MEMBER = 'MEMBER',
  GROUP_ADMIN = 'GROUP_ADMIN',
  EDITOR = 'EDITOR',
  AGENCY_BUYER = 'AGENCY_BUYER',
  AGENCY_APPROVER = 'AGENCY_APPROVER',
  ADMINISTRATOR = 'ADMINISTRATOR',
}

export enum ReportStatus {
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
}

/** The kinds of goods KIM groups make and sell, by the slug used in URLs. */
export const LISTING_CATEGORY_SLUGS = ['kerajinan', 'makanan', 'sketsa', 'fotografi'] as const;
