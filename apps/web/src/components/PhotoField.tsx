import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { uploadMedia, type UploadedMedia } from '../lib/upload';

interface PhotoFieldProps {
  value: UploadedMedia | null;
  onChange: (photo: UploadedMedia | null) => void;
  error?: string;
}

/** An optional photo, uploaded as soon as it is chosen so the form sends only its id. */
export function PhotoField({ value, onChange, error }: PhotoFieldProps) {
  const { t, language } = useI18n();
  const id = useId();
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string>();
  const shownError = error ?? uploadError;

  async function handleFile(file: File | undefined) {
    setUploadError(undefined);
    if (!file) {
      onChange(null);
      return;
    }
    setUploading(true);
    try {
      onChange(await uploadMedia(file, language));
    } catch (failure) {
      onChange(null);
      const message = failure instanceof Error ? failure.message : String(failure);
      setUploadError(t('common.uploadFailed', { message }));
    } finally {
      setUploading(false);
    }
  }

  const describedBy = [`${id}-hint`, shownError ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div className={shownError ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {t('common.photo')} <span className="muted">{t('common.optional')}</span>
      </label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        aria-describedby={describedBy}
        aria-invalid={shownError ? true : undefined}
        onChange={(event) => void handleFile(event.target.files?.[0])}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('common.photoHint')}
      </p>
      {uploading && (
        <p className="muted" role="status">
          {t('common.uploading')}
        </p>
      )}
      {value && (
        <img
          src={value.url}
          alt=""
          width={240}
          height={180}
          loading="lazy"
          className="photo-preview"
        />
      )}
      {shownError && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {shownError}
        </p>
      )}
    </div>
  );
}
