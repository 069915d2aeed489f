import { reportSchema } from '@sim-se/shared';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { FormAlert, TextAreaField, TextField } from '../../components/fields';
import { KelurahanSelect } from '../../components/KelurahanSelect';
import { PhotoField } from '../../components/PhotoField';
import { RequireRole } from '../../components/RequireRole';
import { SubmitReportDocument } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { errorMessageOf, fieldErrorsOf, type FieldErrors } from '../../lib/errors';
import { checkForm } from '../../lib/form';
import type { UploadedMedia } from '../../lib/upload';
import { usePageTitle } from '../../lib/use-page-title';

export function ReportPage() {
  const t = useI18n().t;
  usePageTitle(t('report.title'));
  return (
    <RequireRole role="MEMBER">
      {(viewer) => <ReportForm defaultRegion={viewer.kelurahan?.code ?? ''} />}
    </RequireRole>
  );
}

function ReportForm({ defaultRegion }: { defaultRegion: string }) {
  const { t, language } = useI18n();
  const [values, setValues] = useState({ title: '', body: '', regionCode: defaultRegion });
  const [photo, setPhoto] = useState<UploadedMedia | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);
  const [{ fetching }, submitReport] = useMutation(SubmitReportDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    const check = checkForm(reportSchema, { ...values, photoId: photo?.id ?? null }, language);
    if (!check.ok) {
      setErrors(check.errors);
      setFormError(t('common.formHasErrors'));
      return;
    }

    const result = await submitReport({ input: check.data });
    if (result.error) {
      setErrors(fieldErrorsOf(result.error));
      setFormError(errorMessageOf(result.error));
      return;
    }
    setErrors({});
    setFormError(undefined);
    setValues({ title: '', body: '', regionCode: values.regionCode });
    setPhoto(null);
    setSent(true);
  }

  return (
    <section>
      <h1>{t('report.title')}</h1>
      <p>{t('report.intro')}</p>
      {sent && (
        <p className="alert alert-success" role="status">
          {t('report.sent')} <Link to="/laporan-saya">{t('report.mine')}</Link>
        </p>
      )}
      <form
        className="form"
        noValidate
        aria-label={t('report.title')}
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
          {fetching ? t('report.submitting') : t('report.submit')}
        </button>
      </form>
    </section>
  );
}
