import { formatDate, formatRupiah } from '@sim-se/shared';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { ListingDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { sizedPhotoUrl } from './photo-url';

export function ListingPage() {
  const { t, language } = useI18n();
  const { id = '' } = useParams();
  const [result] = useQuery({ query: ListingDocument, variables: { id } });
  const listing = result.data?.listing;
  const notFound = result.data && !listing;
  usePageTitle(listing?.title ?? t(notFound ? 'market.notFound' : 'market.title'));

  if (notFound) return <h1>{t('market.notFound')}</h1>;

  return (
    <QueryState fetching={result.fetching} error={result.error} data={listing}>
      {(found) => (
        <article className="listing">
          <p className="meta">
            <Link to="/pasar">{t('market.title')}</Link> ›{' '}
            <Link to={`/pasar?kategori=${found.category.slug}`}>{found.category.name}</Link>
          </p>
          <h1>{found.title}</h1>
          {found.photoUrl && (
            <img
              className="article-photo"
              src={sizedPhotoUrl(found.photoUrl, 800)}
              alt={found.title}
              width={800}
              height={600}
              loading="lazy"
            />
          )}
          <p className="price">{formatRupiah(found.price)}</p>
          <p>
            {found.stock > 0 ? t('market.stock', { count: found.stock }) : t('market.outOfStock')}
          </p>
          <p className="meta">
            {t('market.soldBy', { group: found.group.name })} ·{' '}
            <time dateTime={found.createdAt}>{formatDate(found.createdAt, language)}</time>
          </p>
          {/* Sanitised by the server. */}
          <div
            className="article-body"
            dangerouslySetInnerHTML={{ __html: found.descriptionHtml }}
          />
        </article>
      )}
    </QueryState>
  );
}
