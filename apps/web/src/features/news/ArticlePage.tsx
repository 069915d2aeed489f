import { formatDateTime } from '@sim-se/shared';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { ArticleDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorReasonOf } from '../../lib/errors';
import { usePageTitle } from '../../lib/use-page-title';

export function ArticlePage() {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  const [result] = useQuery({ query: ArticleDocument, variables: { slug } });
  const notFound = errorReasonOf(result.error) === 'NOT_FOUND';
  usePageTitle(notFound ? t('news.notFound') : result.data?.article.title);

  if (notFound) return <h1>{t('news.notFound')}</h1>;

  return (
    <QueryState fetching={result.fetching} error={result.error} data={result.data?.article}>
      {(article) => (
        <article className="article">
          <h1>{article.title}</h1>
          <p className="meta">
            {t('news.byline', {
              author: article.author.name,
              kelurahan: article.kelurahan?.name ?? 'Kota Serang',
            })}
            <br />
            <time dateTime={article.publishedAt}>
              {t('news.publishedAt', {
                date: `${formatDateTime(article.publishedAt, language)} WIB`,
              })}
            </time>
          </p>
          {article.photoUrl && (
            <img
              className="article-photo"
              src={article.photoUrl}
              alt=""
              width={960}
              height={540}
              loading="lazy"
            />
          )}
          {/* The server renders the Markdown and sanitises the HTML before sending it. */}
          <div className="article-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        </article>
      )}
    </QueryState>
  );
}
