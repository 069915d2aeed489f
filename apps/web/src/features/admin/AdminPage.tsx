import { RequireRole } from '../../components/RequireRole';
import { useT } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { GroupsPanel } from './GroupsPanel';
import { PeoplePanel } from './PeoplePanel';

export function AdminPage() {
  const t = useT();
  usePageTitle(t('admin.title'));
  return (
    <RequireRole role="ADMINISTRATOR">
      {() => (
        <section>
          <h1>{t('admin.title')}</h1>
          <PeoplePanel />
          <GroupsPanel />
        </section>
      )}
    </RequireRole>
  );
}
