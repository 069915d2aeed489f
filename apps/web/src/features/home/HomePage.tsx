import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { useViewer } from '../auth/use-viewer';
import { HOME_SECTIONS } from './home-sections';

export function HomePage() {
  const t = useT();
  const navigate = useNavigate();
  const searchId = useId();
  const { viewer } = useViewer();
  const [query, setQuery] = useState('');
  usePageTitle(undefined);

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
        <form role="search" className="search-form" onSubmit={handleSearch}>
          <label htmlFor={searchId}>{t('home.searchLabel')}</label>
          <div className="search-row">
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <button type="submit" className="button">
              {t('search.submit')}
            </button>
          </div>
        </form>
      </section>
      <div className="home-sections">
        {HOME_SECTIONS.map(({ key, Section }) => (
          <Section key={key} />
        ))}
      </div>
    </>
  );
}
