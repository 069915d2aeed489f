import { FIELD_MESSAGES, formatDate, groupSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { FormAlert, SelectField, TextField } from '../../components/fields';
import { KelurahanSelect } from '../../components/KelurahanSelect';
import { QueryState } from '../../components/QueryState';
import {
  AddGroupMemberDocument,
  CreateGroupDocument,
  GroupsDocument,
  type GroupsQuery,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm } from '../../lib/form';

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
                  {group.memberCount}
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
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [{ fetching }, createGroup] = useMutation(CreateGroupDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(undefined);
    const check = checkForm(groupSchema, values, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await createGroup({ input: check.data });
    if (result.error || !result.data) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    setErrors({});
    setFormError(undefined);
    setValues(empty);
    setDone(t('admin.groupCreated', { name: result.data.createGroup.name }));
  }

  return (
    <form
      className="form panel"
      noValidate
      aria-label={t('admin.createGroup')}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h3>{t('admin.createGroup')}</h3>
      <FormAlert message={formError} />
      <FormAlert message={done} tone="success" />
      <TextField
        label={t('admin.groupName')}
        value={values.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
        error={errors.name}
        required
      />
      <KelurahanSelect
        value={values.regionCode}
        onChange={(regionCode) => setValues({ ...values, regionCode })}
        error={errors.regionCode}
      />
      <TextField
        label={t('admin.decreeNumber')}
        value={values.decreeNumber}
        onChange={(event) => setValues({ ...values, decreeNumber: event.target.value })}
        error={errors.decreeNumber}
        required
      />
      <TextField
        label={t('admin.decreeDate')}
        type="date"
        value={values.decreeDate}
        onChange={(event) => setValues({ ...values, decreeDate: event.target.value })}
        error={errors.decreeDate}
        required
      />
      <button type="submit" className="button" disabled={fetching}>
        {t('admin.createGroup')}
      </button>
    </form>
  );
}

function AddMemberForm({ groups }: { groups: Group[] }) {
  const { t, language } = useI18n();
  const [values, setValues] = useState({ groupId: '', userId: '', isAdmin: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [{ fetching }, addMember] = useMutation(AddGroupMemberDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(undefined);
    const missing: FieldErrors = {};
    const required = FIELD_MESSAGES[language].required;
    if (!values.groupId) missing.groupId = required;
    if (!values.userId.trim()) missing.userId = required;
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await addMember({ ...values, userId: values.userId.trim() });
    if (result.error) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    setErrors({});
    setFormError(undefined);
    setValues({ ...values, userId: '', isAdmin: false });
    setDone(t('admin.memberAdded'));
  }

  return (
    <form
      className="form panel"
      noValidate
      aria-label={t('admin.addMember')}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h3>{t('admin.addMember')}</h3>
      <FormAlert message={formError} />
      <FormAlert message={done} tone="success" />
      <SelectField
        label={t('admin.group')}
        value={values.groupId}
        onChange={(event) => setValues({ ...values, groupId: event.target.value })}
        error={errors.groupId}
        required
      >
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
        value={values.userId}
        onChange={(event) => setValues({ ...values, userId: event.target.value })}
        error={errors.userId}
        required
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.isAdmin}
          onChange={(event) => setValues({ ...values, isAdmin: event.target.checked })}
        />
        {t('role.GROUP_ADMIN')}
      </label>
      <button type="submit" className="button" disabled={fetching}>
        {t('admin.addMember')}
      </button>
    </form>
  );
}
