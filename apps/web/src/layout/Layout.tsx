import { Outlet, ScrollRestoration } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { Footer } from './Footer';
import { Header } from './Header';

export function Layout() {
  const t = useT();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="container main" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}
