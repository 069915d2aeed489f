import { RequireRole } from '../../components/RequireRole';
import { useT } from '../../i18n/i18n-context';
import { usePageTitle } from '../../lib/use-page-title';
import { GroupsPanel } from './GroupsPanel';
import { PeoplePanel } from './PeoplePanel';

export function AdminPage() {
  const t = useT();
  usePageTitle(t('admin.title'));
  return (
    <section>
      <h1>{t('admin.title')}</h1>
      <RequireRole role="ADMINISTRATOR">
        {() => (
          <>
            <PeoplePanel />
            <GroupsPanel />
          </>
        )}
      </RequireRole>
    </section>
  );
}
