import { Fragment, useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useT } from '../i18n/i18n-context';
import { QueryState } from './QueryState';

export interface PageProps {
  after: string | null;
  isLast: boolean;
  onMore: (endCursor: string) => void;
}

/**
 * Keyset paging shown as one growing list: each page is its own query from the previous
 * page's end cursor, so every page is cached and refreshed on its own.
 */
export function PagedList({ renderPage }: { renderPage: (page: PageProps) => ReactNode }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);

  return (
    <>
      {cursors.map((after, index) => (
        <Fragment key={after ?? 'first'}>
          {renderPage({
            after,
            isLast: index === cursors.length - 1,
            onMore: (endCursor) => setCursors((current) => [...current, endCursor]),
          })}
        </Fragment>
      ))}
    </>
  );
}

interface LoadMoreProps {
  page: PageProps;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** "Muat lebih banyak", shown under the last loaded page while more remain. */
export function LoadMore({ page, pageInfo }: LoadMoreProps) {
  const t = useT();
  const { endCursor } = pageInfo;
  if (!page.isLast || !pageInfo.hasNextPage || !endCursor) return null;
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => page.onMore(endCursor)}
    >
      {t('common.loadMore')}
    </button>
  );
}

interface PagedResultProps<C extends Connection> {
  page: PageProps;
  /** The page query's state, for its loading and error messages. */
  state: { fetching: boolean; error?: CombinedError };
  connection: C | undefined | null;
  /** Said when the first page has nothing. */
  empty: ReactNode;
  /** The page's items; "Muat lebih banyak" follows them. */
  children: (connection: C) => ReactNode;
}

interface Connection {
  nodes: readonly unknown[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** One page of a paged query: its loading, error and empty states, its items, and more. */
export function PagedResult<C extends Connection>({
  page,
  state,
  connection,
  empty,
  children,
}: PagedResultProps<C>) {
  return (
    <QueryState
      fetching={state.fetching}
      error={state.error}
      data={connection}
      isEmpty={(found) => found.nodes.length === 0 && page.after === null}
      empty={empty}
    >
      {(found) => (
        <>
          {children(found)}
          <LoadMore page={page} pageInfo={found.pageInfo} />
        </>
      )}
    </QueryState>
  );
}
