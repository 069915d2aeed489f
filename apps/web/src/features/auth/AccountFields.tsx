import type { ComponentProps } from 'react';
import { TextField } from '../../components/fields';
import { useT } from '../../i18n/i18n-context';

/** What a form binds to a field: its name, value, change handler and error. */
type BoundFieldProps = Omit<
  ComponentProps<typeof TextField>,
  'label' | 'type' | 'autoComplete' | 'hint' | 'required'
>;

/** The e-mail address a person signs in with. */
export function EmailField(props: BoundFieldProps) {
  const t = useT();
  return (
    <TextField label={t('auth.email')} type="email" autoComplete="email" {...props} required />
  );
}

/** The current password when logging in; a new one, with its rules as a hint, when registering. */
export function PasswordField({ isNew = false, ...props }: BoundFieldProps & { isNew?: boolean }) {
  const t = useT();
  return (
    <TextField
      label={t('auth.password')}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      hint={isNew ? t('auth.passwordHint') : undefined}
      {...props}
      required
    />
  );
}
