import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PagedList, PagedResult, type PageProps } from '../../components/PagedList';
import { NewsListDocument } from '../../gql/graphql';
import { useT } from '../../i18n/i18n-context';
import { hasRole } from '../../lib/roles';
import { usePageTitle } from '../../lib/use-page-title';
import { useViewer } from '../auth/use-viewer';
import { ArticleCard } from './ArticleCard';

const PAGE_SIZE = 12;

export function NewsListPage() {
  const t = useT();
  const { viewer } = useViewer();
  usePageTitle(t('news.title'));

  return (
    <section>
      <div className="section-heading">
        <h1>{t('news.title')}</h1>
        {hasRole(viewer?.roles, 'MEMBER') && (
          <Link to="/lapor" className="button button-small">
            {t('news.report')}
          </Link>
        )}
      </div>
      <PagedList renderPage={(page) => <NewsPage page={page} />} />
    </section>
  );
}

function NewsPage({ page }: { page: PageProps }) {
  const t = useT();
  const [result] = useQuery({
    query: NewsListDocument,
    variables: { first: PAGE_SIZE, after: page.after },
    requestPolicy: 'cache-and-network',
  });

  return (
    <PagedResult page={page} state={result} connection={result.data?.news} empty={t('news.empty')}>
      {(news) => (
        <ul className="card-grid">
          {news.nodes.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
        </ul>
      )}
    </PagedResult>
  );
}
