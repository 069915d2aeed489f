import { formatDateTime } from '@sim-se/shared';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PagedList, PagedResult, type PageProps } from '../../components/PagedList';
import { QueryState } from '../../components/QueryState';
import { ForumCategoryDocument, ForumThreadsDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { useViewer } from '../auth/use-viewer';
import { localized } from './localized';

export function CategoryPage() {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const [result] = useQuery({ query: ForumCategoryDocument, variables: { slug } });
  const category = result.data?.forumCategory;
  const notFound = result.data && !category;
  usePageTitle(
    category
      ? localized(language, category.nameId, category.nameEn)
      : t(notFound ? 'forum.categoryNotFound' : 'forum.title'),
  );

  if (notFound) return <h1>{t('forum.categoryNotFound')}</h1>;

  return (
    <QueryState fetching={result.fetching} error={result.error} data={category}>
      {(found) => (
        <section>
          <p className="meta">
            <Link to="/forum">{t('forum.title')}</Link>
          </p>
          <div className="section-heading">
            <h1>{localized(language, found.nameId, found.nameEn)}</h1>
            {viewer && (
              <Link to={`/forum/${found.slug}/baru`} className="button button-small">
                {t('forum.newThread')}
              </Link>
            )}
          </div>
          <p>{localized(language, found.descriptionId, found.descriptionEn)}</p>
          <PagedList
            key={found.slug}
            renderPage={(page) => <ThreadsPage slug={found.slug} page={page} />}
          />
        </section>
      )}
    </QueryState>
  );
}

function ThreadsPage({ slug, page }: { slug: string; page: PageProps }) {
  const { t, language } = useI18n();
  const [result] = useQuery({
    query: ForumThreadsDocument,
    variables: { categorySlug: slug, first: 20, after: page.after },
    requestPolicy: 'cache-and-network',
  });

  return (
    <PagedResult
      page={page}
      state={result}
      connection={result.data?.threads}
      empty={t('forum.noThreads')}
    >
      {(threads) => (
        <ul className="card-list">
          {threads.nodes.map((thread) => (
            <li key={thread.id} className="card">
              {thread.pinned && <span className="badge">📌</span>}
              <h2 className="card-title">
                <Link to={`/forum/t/${thread.id}`}>{thread.title}</Link>
              </h2>
              <p className="meta">
                {thread.author && `${t('common.by', { name: thread.author.name })} · `}
                {t('forum.replies', { count: thread.replyCount })} ·{' '}
                {t('forum.lastActivity', {
                  date: formatDateTime(thread.lastActivityAt, language),
                })}
                {thread.locked && ` · ${t('forum.locked')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PagedResult>
  );
}
