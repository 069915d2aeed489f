import { listingSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormAlert, SelectField, TextAreaField, TextField } from '../../components/fields';
import { PhotoField } from '../../components/PhotoField';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import {
  CreateListingDocument,
  ListingCategoriesDocument,
  MyGroupsDocument,
} from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm, parseWholeNumber } from '../../lib/form';
import type { UploadedMedia } from '../../lib/upload';
import { usePageTitle } from '../../lib/use-page-title';

export function NewListingPage() {
  const { t } = useI18n();
  usePageTitle(t('market.newListing'));
  return (
    <RequireRole role="MEMBER">
      {() => (
        <section>
          <h1>{t('market.newListing')}</h1>
          <GroupsGate />
        </section>
      )}
    </RequireRole>
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
  const [values, setValues] = useState({
    groupId: groups.length === 1 ? groups[0].id : '',
    categorySlug: '',
    title: '',
    description: '',
    price: '',
    stock: '1',
  });
  const [photo, setPhoto] = useState<UploadedMedia | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [{ fetching }, createListing] = useMutation(CreateListingDocument);

  const set = (field: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidate = {
      ...values,
      // An unreadable number is sent on as NaN so the shared schema words the error.
      price: parseWholeNumber(values.price) ?? Number.NaN,
      stock: parseWholeNumber(values.stock) ?? Number.NaN,
      photoId: photo?.id ?? null,
    };
    const check = checkForm(listingSchema, candidate, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await createListing({ input: check.data });
    if (result.error || !result.data) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    await navigate(`/pasar/${result.data.createListing.id}`);
  }

  return (
    <form
      className="form"
      noValidate
      aria-label={t('market.newListing')}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <FormAlert message={formError} />
      <SelectField
        label={t('market.group')}
        name="groupId"
        value={values.groupId}
        onChange={(event) => set('groupId')(event.target.value)}
        error={errors.groupId}
        required
      >
        <option value="">{t('market.chooseGroup')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('market.category')}
        name="categorySlug"
        value={values.categorySlug}
        onChange={(event) => set('categorySlug')(event.target.value)}
        error={errors.categorySlug}
        required
      >
        <option value="">{t('market.category')}</option>
        {categories.data?.listingCategories.map((category) => (
          <option key={category.slug} value={category.slug}>
            {category.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('market.fieldTitle')}
        name="title"
        value={values.title}
        onChange={(event) => set('title')(event.target.value)}
        error={errors.title}
        required
      />
      <TextAreaField
        label={t('market.fieldDescription')}
        name="description"
        hint={t('common.markdownHint')}
        value={values.description}
        onChange={(event) => set('description')(event.target.value)}
        error={errors.description}
        rows={6}
        required
      />
      <TextField
        label={t('market.fieldPrice')}
        name="price"
        inputMode="numeric"
        value={values.price}
        onChange={(event) => set('price')(event.target.value)}
        error={errors.price}
        required
      />
      <TextField
        label={t('market.fieldStock')}
        name="stock"
        inputMode="numeric"
        value={values.stock}
        onChange={(event) => set('stock')(event.target.value)}
        error={errors.stock}
        required
      />
      <PhotoField value={photo} onChange={setPhoto} error={errors.photoId} />
      <button type="submit" className="button" disabled={fetching}>
        {fetching ? t('market.creating') : t('market.create')}
      </button>
    </form>
  );
}
