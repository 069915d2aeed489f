import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { NewsListDocument } from '../../gql/graphql';
import { useT } from '../../i18n/i18n-context';
import { ArticleCard } from './ArticleCard';

/** "Berita terbaru" on the home page. */
export function LatestNewsSection() {
  const t = useT();
  const [result] = useQuery({ query: NewsListDocument, variables: { first: 4, after: null } });

  return (
    <section aria-labelledby="home-news">
      <div className="section-heading">
        <h2 id="home-news">{t('home.latestNews')}</h2>
        <Link to="/berita">{t('home.seeAllNews')}</Link>
      </div>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.news}
        isEmpty={(news) => news.nodes.length === 0}
        empty={t('home.noNews')}
      >
        {(news) => (
          <ul className="card-list">
            {news.nodes.map((article) => (
              <ArticleCard key={article.id} article={article} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
