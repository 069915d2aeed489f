import { formatDateTime } from '@sim-se/shared';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { ActiveThreadsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { localized } from './localized';

/** "Diskusi aktif" on the home page. */
export function ActiveThreadsSection() {
  const { t, language } = useI18n();
  const [result] = useQuery({ query: ActiveThreadsDocument, variables: { first: 5 } });

  return (
    <section aria-labelledby="home-threads">
      <div className="section-heading">
        <h2 id="home-threads">{t('home.activeThreads')}</h2>
        <Link to="/forum">{t('home.seeAllThreads')}</Link>
      </div>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.activeThreads}
        isEmpty={(threads) => threads.length === 0}
        empty={t('home.noThreads')}
      >
        {(threads) => (
          <ul className="card-list">
            {threads.map((thread) => (
              <li key={thread.id} className="card">
                <h3 className="card-title">
                  <Link to={`/forum/t/${thread.id}`}>{thread.title}</Link>
                </h3>
                <p className="meta">
                  {localized(language, thread.category.nameId, thread.category.nameEn)} ·{' '}
                  {t('forum.replies', { count: thread.replyCount })} ·{' '}
                  {formatDateTime(thread.lastActivityAt, language)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
