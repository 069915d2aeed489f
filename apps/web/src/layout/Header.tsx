import { Link, NavLink, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LogOutDocument } from '../gql/graphql';
import { useT } from '../i18n/i18n-context';
import { hasRole } from '../lib/roles';
import { useViewer } from '../features/auth/use-viewer';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Header() {
  const t = useT();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [, logOut] = useMutation(LogOutDocument);

  async function handleLogOut() {
    const result = await logOut({});
    if (!result.error) await navigate('/');
  }

  return (
    <header className="site-header">
      <div className="container header-top">
        <Link to="/" className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <LanguageSwitcher />
      </div>
      <nav className="container main-nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/berita">{t('nav.news')}</NavLink>
          </li>
          <li>
            <NavLink to="/forum">{t('nav.forum')}</NavLink>
          </li>
          <li>
            <NavLink to="/pasar">{t('nav.market')}</NavLink>
          </li>
          <li>
            <NavLink to="/cari">{t('nav.search')}</NavLink>
          </li>
          {hasRole(viewer?.roles, 'MEMBER') && (
            <li>
              <NavLink to="/lapor">{t('nav.report')}</NavLink>
            </li>
          )}
          {hasRole(viewer?.roles, 'EDITOR') && (
            <li>
              <NavLink to="/redaksi">{t('nav.newsroom')}</NavLink>
            </li>
          )}
          {viewer?.roles.includes('ADMINISTRATOR') && (
            <li>
              <NavLink to="/admin">{t('nav.admin')}</NavLink>
            </li>
          )}
        </ul>
        <div className="auth-nav">
          {viewer ? (
            <>
              <NavLink
                to="/laporan-saya"
                className="viewer-name"
                title={t('nav.signedInAs', { name: viewer.name })}
              >
                {viewer.name}
              </NavLink>
              <button type="button" className="button-link" onClick={() => void handleLogOut()}>
                {t('nav.logOut')}
              </button>
            </>
          ) : (
            <>
              <NavLink to="/masuk">{t('nav.logIn')}</NavLink>
              <NavLink to="/daftar" className="button button-small">
                {t('nav.register')}
              </NavLink>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
