import { loginSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert, TextField } from '../../components/fields';
import { LogInDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm } from '../../lib/form';
import { usePageTitle } from '../../lib/use-page-title';
import { safeNextPath } from './safe-next';

export function LogInPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  usePageTitle(t('auth.logInTitle'));
  const [values, setValues] = useState({ email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [{ fetching }, logIn] = useMutation(LogInDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkForm(loginSchema, values, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await logIn({ input: check.data });
    if (result.error) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    await navigate(safeNextPath(searchParams.get('next')));
  }

  return (
    <section className="narrow">
      <h1>{t('auth.logInTitle')}</h1>
      <form
        className="form"
        noValidate
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('auth.logInTitle')}
      >
        <FormAlert message={formError} />
        <TextField
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(event) => setValues({ ...values, email: event.target.value })}
          error={errors.email}
          required
        />
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          onChange={(event) => setValues({ ...values, password: event.target.value })}
          error={errors.password}
          required
        />
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t('auth.loggingIn') : t('auth.logInSubmit')}
        </button>
      </form>
      <p>
        <Link to="/daftar">{t('auth.noAccount')}</Link>
      </p>
    </section>
  );
}
