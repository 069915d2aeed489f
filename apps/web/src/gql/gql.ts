/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AdminUsers($search: String!, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    email\n    roles\n    createdAt\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}": typeof types.AdminUsersDocument,
    "mutation SetRole($input: SetRoleInput!) {\n  setRole(input: $input) {\n    id\n    roles\n  }\n}": typeof types.SetRoleDocument,
    "mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    ...ViewerDetails\n  }\n}": typeof types.LogInDocument,
    "mutation LogOut {\n  logOut\n}": typeof types.LogOutDocument,
    "query Me {\n  me {\n    ...ViewerDetails\n  }\n}": typeof types.MeDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...ViewerDetails\n  }\n}": typeof types.RegisterDocument,
    "fragment ViewerDetails on User {\n  id\n  name\n  email\n  roles\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}": typeof types.ViewerDetailsFragmentDoc,
    "query ActiveThreads($first: Int!) {\n  activeThreads(first: $first) {\n    id\n    title\n    url\n    replyCount\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n  }\n}": typeof types.ActiveThreadsDocument,
    "query ForumCategories {\n  forumCategories {\n    ...ForumCategoryDetails\n  }\n}": typeof types.ForumCategoriesDocument,
    "query ForumCategory($slug: String!) {\n  forumCategory(slug: $slug) {\n    ...ForumCategoryDetails\n  }\n}": typeof types.ForumCategoryDocument,
    "fragment ForumCategoryDetails on ForumCategory {\n  id\n  slug\n  nameId\n  nameEn\n  descriptionId\n  descriptionEn\n  threadCount\n}\n\nfragment ThreadSummary on ForumThread {\n  id\n  title\n  url\n  pinned\n  locked\n  replyCount\n  createdAt\n  lastActivityAt\n  author {\n    id\n    name\n  }\n}\n\nfragment PostDetails on ForumPost {\n  id\n  threadId\n  bodyHtml\n  createdAt\n  author {\n    id\n    name\n  }\n}": typeof types.ForumCategoryDetailsFragmentDoc,
    "query ForumThread($id: ID!, $first: Int!, $after: String) {\n  thread(id: $id) {\n    ...ThreadSummary\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n    posts(first: $first, after: $after) {\n      nodes {\n        ...PostDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}": typeof types.ForumThreadDocument,
    "query ForumThreads($categorySlug: String!, $first: Int!, $after: String) {\n  threads(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ThreadSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.ForumThreadsDocument,
    "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    ...PostDetails\n  }\n}": typeof types.ReplyDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    id\n    title\n    url\n    category {\n      id\n      slug\n    }\n  }\n}": typeof types.StartThreadDocument,
    "mutation AddGroupMember($groupId: ID!, $userId: ID!, $isAdmin: Boolean!) {\n  addGroupMember(groupId: $groupId, userId: $userId, isAdmin: $isAdmin) {\n    id\n    memberCount\n  }\n}": typeof types.AddGroupMemberDocument,
    "mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    ...GroupDetails\n  }\n}": typeof types.CreateGroupDocument,
    "fragment GroupDetails on Group {\n  id\n  name\n  slug\n  verified\n  memberCount\n  decreeNumber\n  decreeDate\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}": typeof types.GroupDetailsFragmentDoc,
    "query Groups {\n  groups {\n    ...GroupDetails\n  }\n}": typeof types.GroupsDocument,
    "query MyGroups {\n  myGroups {\n    id\n    name\n    slug\n    verified\n  }\n}": typeof types.MyGroupsDocument,
    "mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingSummary\n  }\n}": typeof types.CreateListingDocument,
    "query ListingCategories {\n  listingCategories {\n    slug\n    name\n    listingCount\n  }\n}": typeof types.ListingCategoriesDocument,
    "fragment ListingSummary on Listing {\n  id\n  title\n  price\n  stock\n  photoUrl\n  createdAt\n  category {\n    slug\n    name\n  }\n  group {\n    id\n    name\n    slug\n  }\n}": typeof types.ListingSummaryFragmentDoc,
    "query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingSummary\n    descriptionHtml\n  }\n}": typeof types.ListingDocument,
    "query Listings($categorySlug: String, $first: Int!, $after: String) {\n  listings(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ListingSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.ListingsDocument,
    "query NewListings($first: Int!) {\n  newListings(first: $first) {\n    ...ListingSummary\n  }\n}": typeof types.NewListingsDocument,
    "fragment ArticleSummary on Article {\n  id\n  slug\n  title\n  excerpt\n  photoUrl\n  publishedAt\n  author {\n    id\n    name\n  }\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}": typeof types.ArticleSummaryFragmentDoc,
    "query Article($slug: String!) {\n  article(slug: $slug) {\n    ...ArticleSummary\n    bodyHtml\n  }\n}": typeof types.ArticleDocument,
    "query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      id\n      slug\n      title\n      status\n      submittedAt\n      publishedAt\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.MyReportsDocument,
    "query NewsList($first: Int!, $after: String) {\n  news(first: $first, after: $after) {\n    nodes {\n      ...ArticleSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.NewsListDocument,
    "mutation PublishReport($id: ID!) {\n  publishReport(id: $id) {\n    id\n    slug\n    status\n    publishedAt\n  }\n}": typeof types.PublishReportDocument,
    "query Report($id: ID!) {\n  report(id: $id) {\n    id\n    title\n    body\n    status\n    photoUrl\n    author {\n      id\n      name\n    }\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    comments {\n      id\n      comment\n      createdAt\n      editor {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.ReportDocument,
    "mutation RequestChanges($id: ID!, $comment: String!) {\n  requestChanges(id: $id, comment: $comment) {\n    id\n    status\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}": typeof types.RequestChangesDocument,
    "query ReviewQueue($first: Int!, $after: String) {\n  reviewQueue(first: $first, after: $after) {\n    nodes {\n      id\n      title\n      bodyHtml\n      photoUrl\n      status\n      submittedAt\n      author {\n        id\n        name\n      }\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.ReviewQueueDocument,
    "mutation ReviseReport($id: ID!, $input: ReportInput!) {\n  reviseReport(id: $id, input: $input) {\n    id\n    slug\n    title\n    body\n    bodyHtml\n    status\n    submittedAt\n    photoUrl\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}": typeof types.ReviseReportDocument,
    "mutation SubmitReport($input: ReportInput!) {\n  submitReport(input: $input) {\n    id\n    title\n    status\n    submittedAt\n  }\n}": typeof types.SubmitReportDocument,
    "query Kecamatan {\n  kecamatan {\n    code\n    name\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}": typeof types.KecamatanDocument,
    "query Search($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    total\n    engine\n    hits {\n      id\n      kind\n      title\n      snippet\n      url\n      publishedAt\n    }\n  }\n}": typeof types.SearchDocument,
};
const documents: Documents = {
    "query AdminUsers($search: String!, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    email\n    roles\n    createdAt\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}": types.AdminUsersDocument,
    "mutation SetRole($input: SetRoleInput!) {\n  setRole(input: $input) {\n    id\n    roles\n  }\n}": types.SetRoleDocument,
    "mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    ...ViewerDetails\n  }\n}": types.LogInDocument,
    "mutation LogOut {\n  logOut\n}": types.LogOutDocument,
    "query Me {\n  me {\n    ...ViewerDetails\n  }\n}": types.MeDocument,
    "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...ViewerDetails\n  }\n}": types.RegisterDocument,
    "fragment ViewerDetails on User {\n  id\n  name\n  email\n  roles\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}": types.ViewerDetailsFragmentDoc,
    "query ActiveThreads($first: Int!) {\n  activeThreads(first: $first) {\n    id\n    title\n    url\n    replyCount\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n  }\n}": types.ActiveThreadsDocument,
    "query ForumCategories {\n  forumCategories {\n    ...ForumCategoryDetails\n  }\n}": types.ForumCategoriesDocument,
    "query ForumCategory($slug: String!) {\n  forumCategory(slug: $slug) {\n    ...ForumCategoryDetails\n  }\n}": types.ForumCategoryDocument,
    "fragment ForumCategoryDetails on ForumCategory {\n  id\n  slug\n  nameId\n  nameEn\n  descriptionId\n  descriptionEn\n  threadCount\n}\n\nfragment ThreadSummary on ForumThread {\n  id\n  title\n  url\n  pinned\n  locked\n  replyCount\n  createdAt\n  lastActivityAt\n  author {\n    id\n    name\n  }\n}\n\nfragment PostDetails on ForumPost {\n  id\n  threadId\n  bodyHtml\n  createdAt\n  author {\n    id\n    name\n  }\n}": types.ForumCategoryDetailsFragmentDoc,
    "query ForumThread($id: ID!, $first: Int!, $after: String) {\n  thread(id: $id) {\n    ...ThreadSummary\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n    posts(first: $first, after: $after) {\n      nodes {\n        ...PostDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}": types.ForumThreadDocument,
    "query ForumThreads($categorySlug: String!, $first: Int!, $after: String) {\n  threads(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ThreadSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.ForumThreadsDocument,
    "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    ...PostDetails\n  }\n}": types.ReplyDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    id\n    title\n    url\n    category {\n      id\n      slug\n    }\n  }\n}": types.StartThreadDocument,
    "mutation AddGroupMember($groupId: ID!, $userId: ID!, $isAdmin: Boolean!) {\n  addGroupMember(groupId: $groupId, userId: $userId, isAdmin: $isAdmin) {\n    id\n    memberCount\n  }\n}": types.AddGroupMemberDocument,
    "mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    ...GroupDetails\n  }\n}": types.CreateGroupDocument,
    "fragment GroupDetails on Group {\n  id\n  name\n  slug\n  verified\n  memberCount\n  decreeNumber\n  decreeDate\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}": types.GroupDetailsFragmentDoc,
    "query Groups {\n  groups {\n    ...GroupDetails\n  }\n}": types.GroupsDocument,
    "query MyGroups {\n  myGroups {\n    id\n    name\n    slug\n    verified\n  }\n}": types.MyGroupsDocument,
    "mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingSummary\n  }\n}": types.CreateListingDocument,
    "query ListingCategories {\n  listingCategories {\n    slug\n    name\n    listingCount\n  }\n}": types.ListingCategoriesDocument,
    "fragment ListingSummary on Listing {\n  id\n  title\n  price\n  stock\n  photoUrl\n  createdAt\n  category {\n    slug\n    name\n  }\n  group {\n    id\n    name\n    slug\n  }\n}": types.ListingSummaryFragmentDoc,
    "query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingSummary\n    descriptionHtml\n  }\n}": types.ListingDocument,
    "query Listings($categorySlug: String, $first: Int!, $after: String) {\n  listings(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ListingSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.ListingsDocument,
    "query NewListings($first: Int!) {\n  newListings(first: $first) {\n    ...ListingSummary\n  }\n}": types.NewListingsDocument,
    "fragment ArticleSummary on Article {\n  id\n  slug\n  title\n  excerpt\n  photoUrl\n  publishedAt\n  author {\n    id\n    name\n  }\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}": types.ArticleSummaryFragmentDoc,
    "query Article($slug: String!) {\n  article(slug: $slug) {\n    ...ArticleSummary\n    bodyHtml\n  }\n}": types.ArticleDocument,
    "query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      id\n      slug\n      title\n      status\n      submittedAt\n      publishedAt\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.MyReportsDocument,
    "query NewsList($first: Int!, $after: String) {\n  news(first: $first, after: $after) {\n    nodes {\n      ...ArticleSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.NewsListDocument,
    "mutation PublishReport($id: ID!) {\n  publishReport(id: $id) {\n    id\n    slug\n    status\n    publishedAt\n  }\n}": types.PublishReportDocument,
    "query Report($id: ID!) {\n  report(id: $id) {\n    id\n    title\n    body\n    status\n    photoUrl\n    author {\n      id\n      name\n    }\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    comments {\n      id\n      comment\n      createdAt\n      editor {\n        id\n        name\n      }\n    }\n  }\n}": types.ReportDocument,
    "mutation RequestChanges($id: ID!, $comment: String!) {\n  requestChanges(id: $id, comment: $comment) {\n    id\n    status\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}": types.RequestChangesDocument,
    "query ReviewQueue($first: Int!, $after: String) {\n  reviewQueue(first: $first, after: $after) {\n    nodes {\n      id\n      title\n      bodyHtml\n      photoUrl\n      status\n      submittedAt\n      author {\n        id\n        name\n      }\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.ReviewQueueDocument,
    "mutation ReviseReport($id: ID!, $input: ReportInput!) {\n  reviseReport(id: $id, input: $input) {\n    id\n    slug\n    title\n    body\n    bodyHtml\n    status\n    submittedAt\n    photoUrl\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}": types.ReviseReportDocument,
    "mutation SubmitReport($input: ReportInput!) {\n  submitReport(input: $input) {\n    id\n    title\n    status\n    submittedAt\n  }\n}": types.SubmitReportDocument,
    "query Kecamatan {\n  kecamatan {\n    code\n    name\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}": types.KecamatanDocument,
    "query Search($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    total\n    engine\n    hits {\n      id\n      kind\n      title\n      snippet\n      url\n      publishedAt\n    }\n  }\n}": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminUsers($search: String!, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    email\n    roles\n    createdAt\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}"): (typeof documents)["query AdminUsers($search: String!, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    email\n    roles\n    createdAt\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRole($input: SetRoleInput!) {\n  setRole(input: $input) {\n    id\n    roles\n  }\n}"): (typeof documents)["mutation SetRole($input: SetRoleInput!) {\n  setRole(input: $input) {\n    id\n    roles\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    ...ViewerDetails\n  }\n}"): (typeof documents)["mutation LogIn($input: LogInInput!) {\n  logIn(input: $input) {\n    ...ViewerDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogOut {\n  logOut\n}"): (typeof documents)["mutation LogOut {\n  logOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...ViewerDetails\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...ViewerDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...ViewerDetails\n  }\n}"): (typeof documents)["mutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...ViewerDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerDetails on User {\n  id\n  name\n  email\n  roles\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}"): (typeof documents)["fragment ViewerDetails on User {\n  id\n  name\n  email\n  roles\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActiveThreads($first: Int!) {\n  activeThreads(first: $first) {\n    id\n    title\n    url\n    replyCount\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n  }\n}"): (typeof documents)["query ActiveThreads($first: Int!) {\n  activeThreads(first: $first) {\n    id\n    title\n    url\n    replyCount\n    lastActivityAt\n    author {\n      id\n      name\n    }\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumCategories {\n  forumCategories {\n    ...ForumCategoryDetails\n  }\n}"): (typeof documents)["query ForumCategories {\n  forumCategories {\n    ...ForumCategoryDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumCategory($slug: String!) {\n  forumCategory(slug: $slug) {\n    ...ForumCategoryDetails\n  }\n}"): (typeof documents)["query ForumCategory($slug: String!) {\n  forumCategory(slug: $slug) {\n    ...ForumCategoryDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ForumCategoryDetails on ForumCategory {\n  id\n  slug\n  nameId\n  nameEn\n  descriptionId\n  descriptionEn\n  threadCount\n}\n\nfragment ThreadSummary on ForumThread {\n  id\n  title\n  url\n  pinned\n  locked\n  replyCount\n  createdAt\n  lastActivityAt\n  author {\n    id\n    name\n  }\n}\n\nfragment PostDetails on ForumPost {\n  id\n  threadId\n  bodyHtml\n  createdAt\n  author {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ForumCategoryDetails on ForumCategory {\n  id\n  slug\n  nameId\n  nameEn\n  descriptionId\n  descriptionEn\n  threadCount\n}\n\nfragment ThreadSummary on ForumThread {\n  id\n  title\n  url\n  pinned\n  locked\n  replyCount\n  createdAt\n  lastActivityAt\n  author {\n    id\n    name\n  }\n}\n\nfragment PostDetails on ForumPost {\n  id\n  threadId\n  bodyHtml\n  createdAt\n  author {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumThread($id: ID!, $first: Int!, $after: String) {\n  thread(id: $id) {\n    ...ThreadSummary\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n    posts(first: $first, after: $after) {\n      nodes {\n        ...PostDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}"): (typeof documents)["query ForumThread($id: ID!, $first: Int!, $after: String) {\n  thread(id: $id) {\n    ...ThreadSummary\n    category {\n      id\n      slug\n      nameId\n      nameEn\n    }\n    posts(first: $first, after: $after) {\n      nodes {\n        ...PostDetails\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ForumThreads($categorySlug: String!, $first: Int!, $after: String) {\n  threads(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ThreadSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query ForumThreads($categorySlug: String!, $first: Int!, $after: String) {\n  threads(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ThreadSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    ...PostDetails\n  }\n}"): (typeof documents)["mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    ...PostDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    id\n    title\n    url\n    category {\n      id\n      slug\n    }\n  }\n}"): (typeof documents)["mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    id\n    title\n    url\n    category {\n      id\n      slug\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddGroupMember($groupId: ID!, $userId: ID!, $isAdmin: Boolean!) {\n  addGroupMember(groupId: $groupId, userId: $userId, isAdmin: $isAdmin) {\n    id\n    memberCount\n  }\n}"): (typeof documents)["mutation AddGroupMember($groupId: ID!, $userId: ID!, $isAdmin: Boolean!) {\n  addGroupMember(groupId: $groupId, userId: $userId, isAdmin: $isAdmin) {\n    id\n    memberCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    ...GroupDetails\n  }\n}"): (typeof documents)["mutation CreateGroup($input: CreateGroupInput!) {\n  createGroup(input: $input) {\n    ...GroupDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GroupDetails on Group {\n  id\n  name\n  slug\n  verified\n  memberCount\n  decreeNumber\n  decreeDate\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}"): (typeof documents)["fragment GroupDetails on Group {\n  id\n  name\n  slug\n  verified\n  memberCount\n  decreeNumber\n  decreeDate\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Groups {\n  groups {\n    ...GroupDetails\n  }\n}"): (typeof documents)["query Groups {\n  groups {\n    ...GroupDetails\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyGroups {\n  myGroups {\n    id\n    name\n    slug\n    verified\n  }\n}"): (typeof documents)["query MyGroups {\n  myGroups {\n    id\n    name\n    slug\n    verified\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingSummary\n  }\n}"): (typeof documents)["mutation CreateListing($input: CreateListingInput!) {\n  createListing(input: $input) {\n    ...ListingSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListingCategories {\n  listingCategories {\n    slug\n    name\n    listingCount\n  }\n}"): (typeof documents)["query ListingCategories {\n  listingCategories {\n    slug\n    name\n    listingCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ListingSummary on Listing {\n  id\n  title\n  price\n  stock\n  photoUrl\n  createdAt\n  category {\n    slug\n    name\n  }\n  group {\n    id\n    name\n    slug\n  }\n}"): (typeof documents)["fragment ListingSummary on Listing {\n  id\n  title\n  price\n  stock\n  photoUrl\n  createdAt\n  category {\n    slug\n    name\n  }\n  group {\n    id\n    name\n    slug\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingSummary\n    descriptionHtml\n  }\n}"): (typeof documents)["query Listing($id: ID!) {\n  listing(id: $id) {\n    ...ListingSummary\n    descriptionHtml\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Listings($categorySlug: String, $first: Int!, $after: String) {\n  listings(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ListingSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Listings($categorySlug: String, $first: Int!, $after: String) {\n  listings(categorySlug: $categorySlug, first: $first, after: $after) {\n    nodes {\n      ...ListingSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewListings($first: Int!) {\n  newListings(first: $first) {\n    ...ListingSummary\n  }\n}"): (typeof documents)["query NewListings($first: Int!) {\n  newListings(first: $first) {\n    ...ListingSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ArticleSummary on Article {\n  id\n  slug\n  title\n  excerpt\n  photoUrl\n  publishedAt\n  author {\n    id\n    name\n  }\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}"): (typeof documents)["fragment ArticleSummary on Article {\n  id\n  slug\n  title\n  excerpt\n  photoUrl\n  publishedAt\n  author {\n    id\n    name\n  }\n  kelurahan {\n    code\n    name\n    kecamatanName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Article($slug: String!) {\n  article(slug: $slug) {\n    ...ArticleSummary\n    bodyHtml\n  }\n}"): (typeof documents)["query Article($slug: String!) {\n  article(slug: $slug) {\n    ...ArticleSummary\n    bodyHtml\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      id\n      slug\n      title\n      status\n      submittedAt\n      publishedAt\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query MyReports($first: Int!, $after: String) {\n  myReports(first: $first, after: $after) {\n    nodes {\n      id\n      slug\n      title\n      status\n      submittedAt\n      publishedAt\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n        editor {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NewsList($first: Int!, $after: String) {\n  news(first: $first, after: $after) {\n    nodes {\n      ...ArticleSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query NewsList($first: Int!, $after: String) {\n  news(first: $first, after: $after) {\n    nodes {\n      ...ArticleSummary\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishReport($id: ID!) {\n  publishReport(id: $id) {\n    id\n    slug\n    status\n    publishedAt\n  }\n}"): (typeof documents)["mutation PublishReport($id: ID!) {\n  publishReport(id: $id) {\n    id\n    slug\n    status\n    publishedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Report($id: ID!) {\n  report(id: $id) {\n    id\n    title\n    body\n    status\n    photoUrl\n    author {\n      id\n      name\n    }\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    comments {\n      id\n      comment\n      createdAt\n      editor {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Report($id: ID!) {\n  report(id: $id) {\n    id\n    title\n    body\n    status\n    photoUrl\n    author {\n      id\n      name\n    }\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    comments {\n      id\n      comment\n      createdAt\n      editor {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestChanges($id: ID!, $comment: String!) {\n  requestChanges(id: $id, comment: $comment) {\n    id\n    status\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}"): (typeof documents)["mutation RequestChanges($id: ID!, $comment: String!) {\n  requestChanges(id: $id, comment: $comment) {\n    id\n    status\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewQueue($first: Int!, $after: String) {\n  reviewQueue(first: $first, after: $after) {\n    nodes {\n      id\n      title\n      bodyHtml\n      photoUrl\n      status\n      submittedAt\n      author {\n        id\n        name\n      }\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query ReviewQueue($first: Int!, $after: String) {\n  reviewQueue(first: $first, after: $after) {\n    nodes {\n      id\n      title\n      bodyHtml\n      photoUrl\n      status\n      submittedAt\n      author {\n        id\n        name\n      }\n      kelurahan {\n        code\n        name\n        kecamatanName\n      }\n      latestComment {\n        id\n        comment\n        createdAt\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviseReport($id: ID!, $input: ReportInput!) {\n  reviseReport(id: $id, input: $input) {\n    id\n    slug\n    title\n    body\n    bodyHtml\n    status\n    submittedAt\n    photoUrl\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}"): (typeof documents)["mutation ReviseReport($id: ID!, $input: ReportInput!) {\n  reviseReport(id: $id, input: $input) {\n    id\n    slug\n    title\n    body\n    bodyHtml\n    status\n    submittedAt\n    photoUrl\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n    latestComment {\n      id\n      comment\n      createdAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReport($input: ReportInput!) {\n  submitReport(input: $input) {\n    id\n    title\n    status\n    submittedAt\n  }\n}"): (typeof documents)["mutation SubmitReport($input: ReportInput!) {\n  submitReport(input: $input) {\n    id\n    title\n    status\n    submittedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Kecamatan {\n  kecamatan {\n    code\n    name\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}"): (typeof documents)["query Kecamatan {\n  kecamatan {\n    code\n    name\n    kelurahan {\n      code\n      name\n      kecamatanName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    total\n    engine\n    hits {\n      id\n      kind\n      title\n      snippet\n      url\n      publishedAt\n    }\n  }\n}"): (typeof documents)["query Search($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    total\n    engine\n    hits {\n      id\n      kind\n      title\n      snippet\n      url\n      publishedAt\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;