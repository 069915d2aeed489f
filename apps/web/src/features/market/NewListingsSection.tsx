import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { NewListingsDocument } from '../../gql/graphql';
import { useT } from '../../i18n/i18n-context';
import { ListingCard } from './ListingCard';

/** "Produk KIM terbaru" on the home page. */
export function NewListingsSection() {
  const t = useT();
  const [result] = useQuery({ query: NewListingsDocument, variables: { first: 4 } });

  return (
    <section aria-labelledby="home-listings">
      <div className="section-heading">
        <h2 id="home-listings">{t('home.latestListings')}</h2>
        <Link to="/pasar">{t('home.seeAllListings')}</Link>
      </div>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.newListings}
        isEmpty={(listings) => listings.length === 0}
        empty={t('home.noListings')}
      >
        {(listings) => (
          <ul className="card-list">
            {listings.map((listing) => (
              <ListingCard key={listing.id} listing={listing} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
