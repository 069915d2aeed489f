import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SearchBox } from '../../components/SearchBox';
import { useT } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { useViewer } from '../auth/use-viewer';
import { HOME_SECTIONS } from './home-sections';

export function HomePage() {
  const t = useT();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [query, setQuery] = useState('');
  usePageTitle(undefined);

  function handleSearch() {
    if (query.trim()) void navigate(`/cari?q=${encodeURIComponent(query.trim())}`);
  }

  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        {!viewer && (
          <p>
            <Link to="/daftar">{t('home.introJoin')}</Link>
          </p>
        )}
        <SearchBox
          label={t('home.searchLabel')}
          submitLabel={t('search.submit')}
          value={query}
          onChange={setQuery}
          onSubmit={handleSearch}
        />
      </section>
      <div className="home-sections">
        {HOME_SECTIONS.map(({ key, Section }) => (
          <Section key={key} />
        ))}
      </div>
    </>
  );
}
