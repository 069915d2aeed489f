import { threadSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormAlert, TextAreaField, TextField } from '../../components/fields';
import { QueryState } from '../../components/QueryState';
import { RequireRole } from '../../components/RequireRole';
import { ForumCategoryDocument, StartThreadDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm } from '../../lib/form';
import { usePageTitle } from '../../lib/use-page-title';
import { localized } from './localized';

export function NewThreadPage() {
  const { t, language } = useI18n();
  const { slug = '' } = useParams();
  usePageTitle(t('forum.newThread'));
  const [result] = useQuery({ query: ForumCategoryDocument, variables: { slug } });

  if (result.data && !result.data.forumCategory) {
    return <p className="alert alert-error">{t('forum.categoryNotFound')}</p>;
  }

  return (
    <RequireRole>
      {() => (
        <QueryState
          fetching={result.fetching}
          error={result.error}
          data={result.data?.forumCategory}
        >
          {(category) => (
            <section>
              <p className="meta">
                <Link to="/forum">{t('forum.title')}</Link> ›{' '}
                <Link to={`/forum/${category.slug}`}>
                  {localized(language, category.nameId, category.nameEn)}
                </Link>
              </p>
              <h1>{t('forum.newThread')}</h1>
              <NewThreadForm categoryId={category.id} />
            </section>
          )}
        </QueryState>
      )}
    </RequireRole>
  );
}

function NewThreadForm({ categoryId }: { categoryId: string }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState({ title: '', body: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [{ fetching }, startThread] = useMutation(StartThreadDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkForm(threadSchema, { ...values, categoryId }, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await startThread({ input: check.data });
    if (result.error || !result.data) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    await navigate(`/forum/t/${result.data.startThread.id}`);
  }

  return (
    <form
      className="form"
      noValidate
      aria-label={t('forum.newThread')}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <FormAlert message={formError} />
      <TextField
        label={t('forum.threadTitle')}
        name="title"
        value={values.title}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
        error={errors.title}
        required
      />
      <TextAreaField
        label={t('forum.threadBody')}
        name="body"
        hint={t('common.markdownHint')}
        value={values.body}
        onChange={(event) => setValues({ ...values, body: event.target.value })}
        error={errors.body}
        rows={10}
        required
      />
      <button type="submit" className="button" disabled={fetching}>
        {fetching ? t('forum.starting') : t('forum.startThread')}
      </button>
    </form>
  );
}
