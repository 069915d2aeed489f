import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormAlert } from '../../components/fields';
import { QueryState } from '../../components/QueryState';
import { SearchBox } from '../../components/SearchBox';
import {
  AdminUsersDocument,
  SetRoleDocument,
  type AdminUsersQuery,
  type Role,
} from '../../gql/graphql';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/translate';
import { errorMessageOf } from '../../lib/errors';

const ROLES: readonly Role[] = [
  'RESIDENT',
  'MEMBER',
  'GROUP_ADMIN',
  'EDITOR',
  'AGENCY_BUYER',
  'AGENCY_APPROVER',
  'ADMINISTRATOR',
];

const ROLE_LABELS: Record<Role, MessageKey> = {
  RESIDENT: 'role.RESIDENT',
  MEMBER: 'role.MEMBER',
  GROUP_ADMIN: 'role.GROUP_ADMIN',
  EDITOR: 'role.EDITOR',
  AGENCY_BUYER: 'role.AGENCY_BUYER',
  AGENCY_APPROVER: 'role.AGENCY_APPROVER',
  ADMINISTRATOR: 'role.ADMINISTRATOR',
};

type Person = AdminUsersQuery['users'][number];

/** Finds people by name or e-mail and grants or removes their roles. */
export function PeoplePanel() {
  const t = useT();
  const headingId = useId();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [result] = useQuery({
    query: AdminUsersDocument,
    variables: { search, first: 20 },
    requestPolicy: 'cache-and-network',
  });

  function handleSubmit() {
    setSearch(draft.trim());
  }

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('admin.people')}</h2>
      <SearchBox
        label={t('admin.searchLabel')}
        submitLabel={t('admin.searchSubmit')}
        value={draft}
        onChange={setDraft}
        onSubmit={handleSubmit}
      />
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.users}
        isEmpty={(users) => users.length === 0}
        empty={t('admin.noPeople')}
      >
        {(users) => (
          <ul className="card-list">
            {users.map((person) => (
              <PersonCard key={person.id} person={person} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function PersonCard({ person }: { person: Person }) {
  const t = useT();
  const [{ fetching, error }, setRole] = useMutation(SetRoleDocument);
  const [done, setDone] = useState<string>();

  async function toggle(role: Role, granted: boolean) {
    setDone(undefined);
    const result = await setRole({ input: { userId: person.id, role, granted } });
    if (!result.error) setDone(t('admin.roleChanged', { name: person.name }));
  }

  return (
    <li className="card">
      <h3 className="card-title" id={`person-${person.id}`}>
        {person.name}
      </h3>
      <p className="meta">
        {person.email}
        {person.kelurahan && ` · ${person.kelurahan.name}, ${person.kelurahan.kecamatanName}`}
      </p>
      <p className="meta">
        <code>{t('admin.userId', { id: person.id })}</code>
      </p>
      <fieldset className="roles" disabled={fetching}>
        <legend>{t('admin.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={person.roles.includes(role)}
              aria-describedby={`person-${person.id}`}
              onChange={(event) => void toggle(role, event.target.checked)}
            />
            {t(ROLE_LABELS[role])}
          </label>
        ))}
      </fieldset>
      <FormAlert message={error ? errorMessageOf(error) : undefined} />
      <FormAlert message={done} tone="success" />
    </li>
  );
}
