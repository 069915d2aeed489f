/** What a person may do on SIM-SE. A person can hold several roles at once. */
export enum Role {
  Resident = 'RESIDENT',
  Member = 'MEMBER',
  GroupAdmin = 'GROUP_ADMIN',
  Editor = 'EDITOR',
  AgencyBuyer = 'AGENCY_BUYER',
  AgencyApprover = 'AGENCY_APPROVER',
  Administrator = 'ADMINISTRATOR',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export enum ReportStatus {
  Submitted = 'SUBMITTED',
  ChangesRequested = 'CHANGES_REQUESTED',
  Published = 'PUBLISHED',
}

export enum ListingCategorySlug {
  Crafts = 'kerajinan',
  Food = 'makanan',
  Sketches = 'sketsa',
  Photography = 'fotografi',
}
