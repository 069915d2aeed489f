import { formatDate } from '@sim-se/shared';
import { Link } from 'react-router';
import type { NewsListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';

type ArticleSummary = NewsListQuery['news']['nodes'][number];

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const { t, language } = useI18n();
  return (
    <li className="card">
      {article.photoUrl && (
        <img src={article.photoUrl} alt="" width={400} height={300} loading="lazy" />
      )}
      <h3 className="card-title">
        <Link to={`/berita/${article.slug}`}>{article.title}</Link>
      </h3>
      <p className="meta">
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, language)}</time>
        {article.kelurahan && ` · ${article.kelurahan.name}`} ·{' '}
        {t('common.by', { name: article.author.name })}
      </p>
      <p>{article.excerpt}</p>
    </li>
  );
}
