import { formatDate } from '@sim-se/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { SearchBox } from '../../components/SearchBox';
import { SearchDocument, type SearchKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translate';
import { usePageTitle } from '../../lib/use-page-title';

const KIND_LABELS: Partial<Record<SearchKind, MessageKey>> = {
  NEWS: 'search.kind.NEWS',
  THREAD: 'search.kind.THREAD',
  LISTING: 'search.kind.LISTING',
};

export function SearchPage() {
  const { t, language } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  const [draft, setDraft] = useState(query);
  usePageTitle(query ? `${t('search.title')}: ${query}` : t('search.title'));

  const [result] = useQuery({
    query: SearchDocument,
    variables: { query, first: 20 },
    pause: query === '',
  });

  function handleSubmit() {
    setSearchParams(draft.trim() ? { q: draft.trim() } : {});
  }

  return (
    <section>
      <h1>{t('search.title')}</h1>
      <SearchBox
        label={t('search.label')}
        submitLabel={t('search.submit')}
        name="q"
        value={draft}
        onChange={setDraft}
        onSubmit={handleSubmit}
      />

      {query === '' ? (
        <p className="muted">{t('search.prompt')}</p>
      ) : (
        <QueryState
          fetching={result.fetching}
          error={result.error}
          data={result.data?.search}
          isEmpty={(search) => search.hits.length === 0}
          empty={t('search.empty', { query })}
        >
          {(search) => (
            <>
              <p className="muted" role="status">
                {t('search.results', { count: search.total, query })}
              </p>
              <ol className="card-list search-results">
                {search.hits.map((hit) => {
                  const label = KIND_LABELS[hit.kind];
                  return (
                    <li key={`${hit.kind}:${hit.id}`} className="card">
                      <span className={`badge badge-${hit.kind.toLowerCase()}`}>
                        {label ? t(label) : hit.kind}
                      </span>
                      <h2 className="card-title">
                        <Link to={hit.url}>{hit.title}</Link>
                      </h2>
                      <p>{hit.snippet}</p>
                      <p className="meta">
                        <time dateTime={hit.publishedAt}>
                          {formatDate(hit.publishedAt, language)}
                        </time>
                      </p>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </QueryState>
      )}
    </section>
  );
}
