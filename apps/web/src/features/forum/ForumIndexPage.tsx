import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState';
import { ForumCategoriesDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { localized } from './localized';

export function ForumIndexPage() {
  const { t, language } = useI18n();
  usePageTitle(t('forum.title'));
  const [result] = useQuery({ query: ForumCategoriesDocument, requestPolicy: 'cache-and-network' });

  return (
    <section>
      <h1>{t('forum.title')}</h1>
      <p>{t('forum.intro')}</p>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.forumCategories}
        isEmpty={(categories) => categories.length === 0}
        empty={t('forum.noCategories')}
      >
        {(categories) => (
          <ul className="card-list">
            {categories.map((category) => (
              <li key={category.id} className="card">
                <h2 className="card-title">
                  <Link to={`/forum/${category.slug}`}>
                    {localized(language, category.nameId, category.nameEn)}
                  </Link>
                </h2>
                <p>{localized(language, category.descriptionId, category.descriptionEn)}</p>
                <p className="meta">{t('forum.threads', { count: category.threadCount })}</p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
