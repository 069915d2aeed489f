import type { ReactNode } from 'react';
import { FormAlert } from './fields';

interface FormProps {
  /** The form's accessible name. */
  label: string;
  /** A message about the whole form, shown above its fields. */
  error?: string;
  className?: string;
  /** Shown before the message, such as the form's own heading. */
  heading?: ReactNode;
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
}

/** A named form that the app checks itself (no browser bubbles) and sends without reloading. */
export function Form({ label, error, className = 'form', heading, onSubmit, children }: FormProps) {
  return (
    <form
      className={className}
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {heading}
      <FormAlert message={error} />
      {children}
    </form>
  );
}

interface SubmitButtonProps {
  busy: boolean;
  label: string;
  /** Said instead of the label while the form is being sent. */
  busyLabel?: string;
  className?: string;
}

export function SubmitButton({ busy, label, busyLabel, className = 'button' }: SubmitButtonProps) {
  return (
    <button type="submit" className={className} disabled={busy}>
      {busy && busyLabel ? busyLabel : label}
    </button>
  );
}
