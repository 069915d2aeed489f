import { useQuery } from 'urql';
import { KecamatanDocument } from '../gql/graphql';
import { useT } from '../i18n/i18n-context';
import { errorMessageOf } from '../lib/errors';
import { SelectField } from './fields';

interface KelurahanSelectProps {
  value: string;
  onChange: (code: string) => void;
  error?: string;
  label?: string;
}

/** Kota Serang's kelurahan, grouped by kecamatan. */
export function KelurahanSelect({ value, onChange, error, label }: KelurahanSelectProps) {
  const t = useT();
  const [{ data, error: loadError }] = useQuery({ query: KecamatanDocument });
  const shownError =
    error ?? (loadError ? t('common.error', { message: errorMessageOf(loadError) }) : undefined);

  return (
    <SelectField
      label={label ?? t('auth.kelurahan')}
      name="regionCode"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={shownError}
      required
    >
      <option value="">{t('auth.chooseKelurahan')}</option>
      {data?.kecamatan.map((kecamatan) => (
        <optgroup key={kecamatan.code} label={t('auth.kecamatanGroup', { name: kecamatan.name })}>
          {kecamatan.kelurahan.map((kelurahan) => (
            <option key={kelurahan.code} value={kelurahan.code}>
              {kelurahan.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
