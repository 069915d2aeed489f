import { registerSchema } from '@sim-se/shared';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { TextField } from '../../components/fields';
import { Form, SubmitButton } from '../../components/Form';
import { KelurahanSelect } from '../../components/KelurahanSelect';
import { RegisterDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { checkForm } from '../../lib/form';
import { useForm } from '../../lib/use-form';
import { usePageTitle } from '../../lib/use-page-title';
import { EmailField, PasswordField } from './AccountFields';

export function RegisterPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  usePageTitle(t('auth.registerTitle'));
  const form = useForm({ name: '', email: '', password: '', regionCode: '' });
  const [{ fetching }, register] = useMutation(RegisterDocument);

  async function handleSubmit() {
    const check = checkForm(registerSchema, form.values, language);
    const registered = await form.submit(check, (input) => register({ input }));
    if (registered) await navigate('/');
  }

  return (
    <section className="narrow">
      <h1>{t('auth.registerTitle')}</h1>
      <p>{t('auth.registerIntro')}</p>
      <Form label={t('auth.registerTitle')} error={form.formError} onSubmit={handleSubmit}>
        <TextField label={t('auth.name')} autoComplete="name" {...form.field('name')} required />
        <EmailField {...form.field('email')} />
        <PasswordField isNew {...form.field('password')} />
        <KelurahanSelect
          value={form.values.regionCode}
          onChange={(regionCode) => form.set('regionCode', regionCode)}
          error={form.errors.regionCode}
        />
        <SubmitButton
          busy={fetching}
          label={t('auth.registerSubmit')}
          busyLabel={t('auth.registering')}
        />
      </Form>
      <p>
        <Link to="/masuk">{t('auth.haveAccount')}</Link>
      </p>
    </section>
  );
}
