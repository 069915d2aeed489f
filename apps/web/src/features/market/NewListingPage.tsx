import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { Form, SubmitButton } from '../../components/Form';
import { PhotoField } from '../../components/PhotoField';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import {
  CreateListingDocument,
  ListingCategoriesDocument,
  MyGroupsDocument,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { checkForm } from '../../lib/form';
import type { UploadedMedia } from '../../lib/upload';
import { useForm } from '../../lib/use-form';
import { usePageTitle } from '../../lib/use-page-title';
import { listingFormSchema } from './listing-form';

export function NewListingPage() {
  const { t } = useI18n();
  usePageTitle(t('market.newListing'));
  return (
    <section>
      <h1>{t('market.newListing')}</h1>
      <RequireRole role="MEMBER">{() => <GroupsGate />}</RequireRole>
    </section>
  );
}

function GroupsGate() {
  const { t } = useI18n();
  const [result] = useQuery({ query: MyGroupsDocument });
  return (
    <QueryState
      fetching={result.fetching}
      error={result.error}
      data={result.data?.myGroups}
      isEmpty={(groups) => groups.length === 0}
      empty={t('market.noGroups')}
    >
      {(groups) => <NewListingForm groups={groups} />}
    </QueryState>
  );
}

interface GroupOption {
  id: string;
  name: string;
}

function NewListingForm({ groups }: { groups: GroupOption[] }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [categories] = useQuery({ query: ListingCategoriesDocument });
  const form = useForm({
    groupId: groups.length === 1 ? groups[0].id : '',
    categorySlug: '',
    title: '',
    description: '',
    price: '',
    stock: '1',
  });
  const [photo, setPhoto] = useState<UploadedMedia | null>(null);
  const [{ fetching }, createListing] = useMutation(CreateListingDocument);

  async function handleSubmit() {
    const candidate = { ...form.values, photoId: photo?.id ?? null };
    const check = checkForm(listingFormSchema, candidate, language);
    const created = await form.submit(check, (input) => createListing({ input }));
    if (created) await navigate(`/pasar/${created.createListing.id}`);
  }

  return (
    <Form label={t('market.newListing')} error={form.formError} onSubmit={handleSubmit}>
      <SelectField label={t('market.group')} {...form.field('groupId')} required>
        <option value="">{t('market.chooseGroup')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('market.category')} {...form.field('categorySlug')} required>
        <option value="">{t('market.category')}</option>
        {categories.data?.listingCategories.map((category) => (
          <option key={category.slug} value={category.slug}>
            {category.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('market.fieldTitle')} {...form.field('title')} required />
      <TextAreaField
        label={t('market.fieldDescription')}
        hint={t('common.markdownHint')}
        {...form.field('description')}
        rows={6}
        required
      />
      <TextField
        label={t('market.fieldPrice')}
        hint={t('market.fieldPriceHint')}
        inputMode="numeric"
        {...form.field('price')}
        required
      />
      <TextField
        label={t('market.fieldStock')}
        inputMode="numeric"
        {...form.field('stock')}
        required
      />
      <PhotoField value={photo} onChange={setPhoto} error={form.errors.photoId} />
      <SubmitButton busy={fetching} label={t('market.create')} busyLabel={t('market.creating')} />
    </Form>
  );
}
