import { FIELD_MESSAGES, formatDate, groupSchema } from '@sim-se/shared';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormAlert, SelectField, TextField } from '../../components/fields';
import { Form, SubmitButton } from '../../components/Form';
import { KelurahanSelect } from '../../components/KelurahanSelect';
import { QueryState } from '../../components/QueryState';
import {
  AddGroupMemberDocument,
  CreateGroupDocument,
  GroupsDocument,
  type GroupsQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import type { FieldErrors } from '../../lib/errors';
import { checkForm, type FormCheck } from '../../lib/form';
import { useForm } from '../../lib/use-form';

type Group = GroupsQuery['groups'][number];

/** The KIM registry for administrators: the groups, a new group, a new member. */
export function GroupsPanel() {
  const { t, language } = useI18n();
  const [result] = useQuery({ query: GroupsDocument, requestPolicy: 'cache-and-network' });

  return (
    <section aria-labelledby="admin-groups" className="panel">
      <h2 id="admin-groups">{t('admin.groups')}</h2>
      <QueryState
        fetching={result.fetching}
        error={result.error}
        data={result.data?.groups}
        isEmpty={(groups) => groups.length === 0}
        empty={t('admin.noGroups')}
      >
        {(groups) => (
          <ul className="card-list">
            {groups.map((group) => (
              <li key={group.id} className="card">
                <h3 className="card-title">{group.name}</h3>
                <p className="meta">
                  {group.kelurahan &&
                    `${group.kelurahan.name}, ${group.kelurahan.kecamatanName} · `}
                  SK {group.decreeNumber} ({formatDate(group.decreeDate, language)}) ·{' '}
                  {t('admin.memberCount', { count: group.memberCount })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <CreateGroupForm />
      <AddMemberForm groups={result.data?.groups ?? []} />
    </section>
  );
}

function CreateGroupForm() {
  const { t, language } = useI18n();
  const empty = { name: '', regionCode: '', decreeNumber: '', decreeDate: '' };
  const form = useForm(empty);
  const [done, setDone] = useState<string>();
  const [{ fetching }, createGroup] = useMutation(CreateGroupDocument);

  async function handleSubmit() {
    setDone(undefined);
    const check = checkForm(groupSchema, form.values, language);
    const created = await form.submit(check, (input) => createGroup({ input }));
    if (!created) return;
    form.setValues(empty);
    setDone(t('admin.groupCreated', { name: created.createGroup.name }));
  }

  return (
    <Form
      label={t('admin.createGroup')}
      className="form panel"
      heading={<h3>{t('admin.createGroup')}</h3>}
      error={form.formError}
      onSubmit={handleSubmit}
    >
      <FormAlert message={done} tone="success" />
      <TextField label={t('admin.groupName')} {...form.field('name')} required />
      <KelurahanSelect
        value={form.values.regionCode}
        onChange={(regionCode) => form.set('regionCode', regionCode)}
        error={form.errors.regionCode}
      />
      <TextField label={t('admin.decreeNumber')} {...form.field('decreeNumber')} required />
      <TextField label={t('admin.decreeDate')} type="date" {...form.field('decreeDate')} required />
      <SubmitButton busy={fetching} label={t('admin.createGroup')} />
    </Form>
  );
}

function AddMemberForm({ groups }: { groups: Group[] }) {
  const { t, language } = useI18n();
  const form = useForm({ groupId: '', userId: '', isAdmin: false });
  const [done, setDone] = useState<string>();
  const [{ fetching }, addMember] = useMutation(AddGroupMemberDocument);

  async function handleSubmit() {
    setDone(undefined);
    const { values } = form;
    const missing: FieldErrors = {};
    const required = FIELD_MESSAGES[language].required;
    if (!values.groupId) missing.groupId = required;
    if (!values.userId.trim()) missing.userId = required;
    const check: FormCheck<typeof values> =
      Object.keys(missing).length > 0
        ? { ok: false, errors: missing }
        : { ok: true, data: { ...values, userId: values.userId.trim() } };

    const added = await form.submit(check, (variables) => addMember(variables));
    if (!added) return;
    form.setValues({ ...values, userId: '', isAdmin: false });
    setDone(t('admin.memberAdded'));
  }

  return (
    <Form
      label={t('admin.addMember')}
      className="form panel"
      heading={<h3>{t('admin.addMember')}</h3>}
      error={form.formError}
      onSubmit={handleSubmit}
    >
      <FormAlert message={done} tone="success" />
      <SelectField label={t('admin.group')} {...form.field('groupId')} required>
        <option value="">{t('admin.chooseGroup')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('admin.memberUserId')}
        hint={t('admin.memberUserIdHint')}
        {...form.field('userId')}
        required
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.values.isAdmin}
          onChange={(event) => form.set('isAdmin', event.target.checked)}
        />
        {t('role.GROUP_ADMIN')}
      </label>
      <SubmitButton busy={fetching} label={t('admin.addMember')} />
    </Form>
  );
}
