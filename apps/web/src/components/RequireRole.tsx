import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { useT } from '../i18n/i18n-context';
import { hasRole } from '../lib/roles';
import { useViewer, type Viewer } from '../features/auth/use-viewer';

interface RequireRoleProps {
  role?: Role;
  children: (viewer: Viewer) => ReactNode;
}

/** Shows its page only to a signed-in person holding the role; explains otherwise. */
export function RequireRole({ role, children }: RequireRoleProps) {
  const t = useT();
  const location = useLocation();
  const { viewer, fetching } = useViewer();

  if (fetching) {
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!viewer) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <p className="alert">
        {t('common.needLogIn')} <Link to={`/masuk?next=${next}`}>{t('nav.logIn')}</Link>
      </p>
    );
  }
  if (role && !hasRole(viewer.roles, role)) {
    return <p className="alert alert-error">{t('common.forbidden')}</p>;
  }
  return <>{children(viewer)}</>;
}
