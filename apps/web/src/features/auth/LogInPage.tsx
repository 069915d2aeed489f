import { loginSchema } from '@sim-se/shared';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { Form, SubmitButton } from '../../components/Form';
import { LogInDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { checkForm } from '../../lib/form';
import { useForm } from '../../lib/use-form';
import { usePageTitle } from '../../lib/use-page-title';
import { EmailField, PasswordField } from './AccountFields';
import { safeNextPath } from './safe-next';

export function LogInPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  usePageTitle(t('auth.logInTitle'));
  const form = useForm({ email: '', password: '' });
  const [{ fetching }, logIn] = useMutation(LogInDocument);

  async function handleSubmit() {
    const check = checkForm(loginSchema, form.values, language);
    const loggedIn = await form.submit(check, (input) => logIn({ input }));
    if (loggedIn) await navigate(safeNextPath(searchParams.get('next')));
  }

  return (
    <section className="narrow">
      <h1>{t('auth.logInTitle')}</h1>
      <Form label={t('auth.logInTitle')} error={form.formError} onSubmit={handleSubmit}>
        <EmailField {...form.field('email')} />
        <PasswordField {...form.field('password')} />
        <SubmitButton
          busy={fetching}
          label={t('auth.logInSubmit')}
          busyLabel={t('auth.loggingIn')}
        />
      </Form>
      <p>
        <Link to="/daftar">{t('auth.noAccount')}</Link>
      </p>
    </section>
  );
}
