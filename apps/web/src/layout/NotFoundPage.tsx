import { Link } from 'react-router';
import { useT } from '../i18n/i18n-context';
import { usePageTitle } from '../lib/use-page-title';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <section className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="button">
        {t('notFound.back')}
      </Link>
    </section>
  );
}
