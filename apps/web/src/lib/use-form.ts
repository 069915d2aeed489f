import { useState, type ChangeEvent } from 'react';
import type { AnyVariables, OperationResult } from 'urql';
import { useT } from '../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from './errors';
import type { FormCheck } from './form';

type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

type ControlChange = ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>;

interface FormOptions {
  /** Whether a failed check also says so above the form, not only beside each field. */
  summarise?: boolean;
}

/**
 * The state every form here keeps: its values, the error beside each field and the message
 * above the form. `submit` checks, sends, and shows what the server refused.
 */
export function useForm<V extends object>(initial: V, { summarise = true }: FormOptions = {}) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  function set<K extends keyof V>(name: K, value: V[K]): void {
    setValues((current) => ({ ...current, [name]: value }));
  }

  /** Value, change handler and error of a text input, text area or select. */
  function field(name: TextKey<V>) {
    return {
      name,
      value: String(values[name]),
      onChange: (event: ControlChange) =>
        setValues((current) => ({ ...current, [name]: event.target.value })),
      error: errors[name],
    };
  }

  /** Sends the checked values; resolves to the answer's data, or undefined when refused. */
  async function submit<T, D, Vars extends AnyVariables>(
    check: FormCheck<T>,
    send: (data: T) => Promise<OperationResult<D, Vars>>,
  ): Promise<D | undefined> {
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(summarise ? t('common.formHasErrors') : undefined);
      return undefined;
    }

    const result = await send(check.data);
    if (result.error || !result.data) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return undefined;
    }
    setErrors({});
    setFormError(undefined);
    return result.data;
  }

  return { values, setValues, set, field, errors, formError, submit };
}
