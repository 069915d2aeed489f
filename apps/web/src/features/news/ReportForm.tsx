import { reportSchema } from '@sim-se/shared';
import { useState } from 'react';
import type { OperationResult } from 'urql';
import { TextAreaField, TextField } from '../../components/fields';
import { Form, SubmitButton } from '../../components/Form';
import { KelurahanSelect } from '../../components/KelurahanSelect';
import { PhotoField } from '../../components/PhotoField';
import type { ReportInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { checkForm } from '../../lib/form';
import type { UploadedMedia } from '../../lib/upload';
import { useForm } from '../../lib/use-form';

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
  send: (input: ReportInput) => Promise<OperationResult<unknown>>;
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
  const form = useForm({
    title: initial.title,
    body: initial.body,
    regionCode: initial.regionCode,
  });
  const [photo, setPhoto] = useState<UploadedMedia | null>(initial.photo);

  async function handleSubmit() {
    const check = checkForm(reportSchema, { ...form.values, photoId: photo?.id ?? null }, language);
    const sent = await form.submit(check, send);
    if (sent && check.ok) await onSent(check.data);
  }

  return (
    <Form label={label} error={form.formError} onSubmit={handleSubmit}>
      <TextField label={t('report.fieldTitle')} {...form.field('title')} required />
      <TextAreaField
        label={t('report.fieldBody')}
        hint={t('common.markdownHint')}
        {...form.field('body')}
        rows={12}
        required
      />
      <KelurahanSelect
        value={form.values.regionCode}
        onChange={(regionCode) => form.set('regionCode', regionCode)}
        error={form.errors.regionCode}
      />
      <PhotoField value={photo} onChange={setPhoto} error={form.errors.photoId} />
      <SubmitButton busy={fetching} label={submitLabel} busyLabel={t('report.submitting')} />
    </Form>
  );
}
