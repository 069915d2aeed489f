import { formatRupiah } from '@sim-se/shared';
import { Link } from 'react-router';
import type { ListingSummaryFragment } from '../../gql/graphql';
import { useT } from '../../i18n/i18n-context';
import { sizedPhotoUrl } from './photo-url';

export function ListingCard({ listing }: { listing: ListingSummaryFragment }) {
  const t = useT();
  return (
    <li className="card">
      {listing.photoUrl && (
        <img
          src={sizedPhotoUrl(listing.photoUrl, 320)}
          alt=""
          width={320}
          height={240}
          loading="lazy"
        />
      )}
      <span className="badge badge-listing">{listing.category.name}</span>
      <h3 className="card-title">
        <Link to={`/pasar/${listing.id}`}>{listing.title}</Link>
      </h3>
      <p className="price">{formatRupiah(listing.price)}</p>
      <p className="meta">
        {t('market.soldBy', { group: listing.group.name })} ·{' '}
        {listing.stock > 0 ? t('market.stock', { count: listing.stock }) : t('market.outOfStock')}
      </p>
    </li>
  );
}
