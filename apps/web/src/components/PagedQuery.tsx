import type { ReactNode } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { PagedResult, type PageProps } from './PagedList';

/** Variables of a query that takes nothing but its page. */
export interface PageVariables {
  first: number;
  after?: string | null;
}

interface Connection {
  nodes: readonly unknown[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

interface PagedQueryProps<Data, C extends Connection> {
  query: TypedDocumentNode<Data, PageVariables>;
  page: PageProps;
  /** Picks the paged connection out of the query's data. */
  connection: (data: Data) => C;
  /** Said when the first page has nothing. */
  empty: ReactNode;
  children: (connection: C) => ReactNode;
}

const PAGE_SIZE = 20;

/** One page of a query paged by cursor alone, refreshed each time it is shown. */
export function PagedQuery<Data, C extends Connection>({
  query,
  page,
  connection,
  empty,
  children,
}: PagedQueryProps<Data, C>) {
  const [result] = useQuery({
    query,
    variables: { first: PAGE_SIZE, after: page.after },
    requestPolicy: 'cache-and-network',
  });

  return (
    <PagedResult
      page={page}
      state={result}
      connection={result.data && connection(result.data)}
      empty={empty}
    >
      {children}
    </PagedResult>
  );
}
