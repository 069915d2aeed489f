import { reportSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import type { OperationResult } from 'urql';
import { FormAlert, TextAreaField, TextField } from '../../components/fields';
import { KelurahanSelect } from '../../components/KelurahanSelect';
import { PhotoField } from '../../components/PhotoField';
import type { ReportInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm } from '../../lib/form';
import type { UploadedMedia } from '../../lib/upload';

export interface ReportDraft {
  title: string;
  body: string;
  regionCode: string;
  photo: UploadedMedia | null;
}

interface ReportFormProps {
  initial: ReportDraft;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  fetching: boolean;
  send: (input: ReportInput) => Promise<OperationResult>;
  onSent: (input: ReportInput) => void | Promise<void>;
}

/** Title, body, kelurahan and photo of a report: used to send a new one and to revise one. */
export function ReportForm({
  initial,
  label,
  submitLabel,
  fetching,
  send,
  onSent,
}: ReportFormProps) {
  const { t, language } = useI18n();
  const [values, setValues] = useState({
    title: initial.title,
    body: initial.body,
    regionCode: initial.regionCode,
  });
  const [photo, setPhoto] = useState<UploadedMedia | null>(initial.photo);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = checkForm(reportSchema, { ...values, photoId: photo?.id ?? null }, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await send(check.data);
    if (result.error) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    setErrors({});
    setFormError(undefined);
    await onSent(check.data);
  }

  return (
    <form
      className="form"
      noValidate
      aria-label={label}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <FormAlert message={formError} />
      <TextField
        label={t('report.fieldTitle')}
        name="title"
        value={values.title}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
        error={errors.title}
        required
      />
      <TextAreaField
        label={t('report.fieldBody')}
        name="body"
        hint={t('common.markdownHint')}
        value={values.body}
        onChange={(event) => setValues({ ...values, body: event.target.value })}
        error={errors.body}
        rows={12}
        required
      />
      <KelurahanSelect
        value={values.regionCode}
        onChange={(regionCode) => setValues({ ...values, regionCode })}
        error={errors.regionCode}
      />
      <PhotoField value={photo} onChange={setPhoto} error={errors.photoId} />
      <button type="submit" className="button" disabled={fetching}>
        {fetching ? t('report.submitting') : submitLabel}
      </button>
    </form>
  );
}
