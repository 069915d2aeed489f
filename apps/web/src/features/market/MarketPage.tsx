import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { SelectField } from '../../components/fields';
import { PagedList, PagedResult, type PageProps } from '../../components/PagedList';
import { ListingCategoriesDocument, ListingsDocument } from '../../gql/graphql';
import { useT } from '../../i18n/i18n-context';
import { hasRole } from '../../lib/roles';
import { usePageTitle } from '../../lib/use-page-title';
import { useViewer } from '../auth/use-viewer';
import { ListingCard } from './ListingCard';

export function MarketPage() {
  const t = useT();
  const { viewer } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const categorySlug = searchParams.get('kategori') ?? '';
  const [categories] = useQuery({ query: ListingCategoriesDocument });
  usePageTitle(t('market.title'));

  return (
    <section>
      <div className="section-heading">
        <h1>{t('market.title')}</h1>
        {hasRole(viewer?.roles, 'MEMBER') && (
          <Link to="/pasar/baru" className="button button-small">
            {t('market.newListing')}
          </Link>
        )}
      </div>
      <p>{t('market.intro')}</p>
      <SelectField
        label={t('market.category')}
        value={categorySlug}
        onChange={(event) =>
          setSearchParams(event.target.value ? { kategori: event.target.value } : {})
        }
      >
        <option value="">{t('market.allCategories')}</option>
        {categories.data?.listingCategories.map((category) => (
          <option key={category.slug} value={category.slug}>
            {category.name} ({category.listingCount})
          </option>
        ))}
      </SelectField>
      <PagedList
        key={categorySlug}
        renderPage={(page) => <ListingsPage categorySlug={categorySlug || null} page={page} />}
      />
    </section>
  );
}

function ListingsPage({ categorySlug, page }: { categorySlug: string | null; page: PageProps }) {
  const t = useT();
  const [result] = useQuery({
    query: ListingsDocument,
    variables: { categorySlug, first: 12, after: page.after },
    requestPolicy: 'cache-and-network',
  });

  return (
    <PagedResult
      page={page}
      state={result}
      connection={result.data?.listings}
      empty={t('market.empty')}
    >
      {(listings) => (
        <ul className="card-grid">
          {listings.nodes.map((listing) => (
            <ListingCard key={listing.id} listing={listing} />
          ))}
        </ul>
      )}
    </PagedResult>
  );
}
