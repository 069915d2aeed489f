import { registerSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert, TextField } from '../../components/fields';
import { KelurahanSelect } from '../../components/KelurahanSelect';
import { RegisterDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm } from '../../lib/form';
import { usePageTitle } from '../../lib/use-page-title';

export function RegisterPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  usePageTitle(t('auth.registerTitle'));
  const [values, setValues] = useState({ name: '', email: '', password: '', regionCode: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [{ fetching }, register] = useMutation(RegisterDocument);

  const update = (field: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkForm(registerSchema, values, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await register({ input: check.data });
    if (result.error) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    await navigate('/');
  }

  return (
    <section className="narrow">
      <h1>{t('auth.registerTitle')}</h1>
      <p>{t('auth.registerIntro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => void handleSubmit(event)}
        aria-label={t('auth.registerTitle')}
      >
        <FormAlert message={formError} />
        <TextField
          label={t('auth.name')}
          name="name"
          autoComplete="name"
          value={values.name}
          onChange={(event) => update('name')(event.target.value)}
          error={errors.name}
          required
        />
        <TextField
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(event) => update('email')(event.target.value)}
          error={errors.email}
          required
        />
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t('auth.passwordHint')}
          value={values.password}
          onChange={(event) => update('password')(event.target.value)}
          error={errors.password}
          required
        />
        <KelurahanSelect
          value={values.regionCode}
          onChange={update('regionCode')}
          error={errors.regionCode}
        />
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? t('auth.registering') : t('auth.registerSubmit')}
        </button>
      </form>
      <p>
        <Link to="/masuk">{t('auth.haveAccount')}</Link>
      </p>
    </section>
  );
}
