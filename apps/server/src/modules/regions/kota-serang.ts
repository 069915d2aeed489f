import fs from 'node:fs';
import path from 'node:path';
import { packageFolder } from '../../runtime/package-paths.js';

/** Kota Serang's code in the Kemendagri registry. */
export const KOTA_SERANG_CODE = '36.73';

export interface RegionRow {
  code: string;
  name: string;
  level: 'kecamatan' | 'kelurahan';
  parentCode: string | null;
}

function readCsv(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','));
}

function unquote(parts: string[]): string {
  return parts.join(',').replace(/^"|"$/g, '').trim();
}

/** Kota Serang's kecamatan and kelurahan, read from the `idn-area-data` package's registry files. */
export function readKotaSerangRegions(): RegionRow[] {
  const dataDir = path.join(packageFolder('idn-area-data'), 'data');
  const kecamatan = readCsv(path.join(dataDir, 'districts.csv'))
    .filter(([, regencyCode]) => regencyCode === KOTA_SERANG_CODE)
    .map(([code, , ...name]): RegionRow => ({
      code,
      name: unquote(name),
      level: 'kecamatan',
      parentCode: null,
    }));
  const kecamatanCodes = new Set(kecamatan.map((row) => row.code));
  const kelurahan = readCsv(path.join(dataDir, 'villages.csv'))
    .filter(([, districtCode]) => kecamatanCodes.has(districtCode))
    .map(([code, districtCode, ...name]): RegionRow => ({
      code,
      name: unquote(name),
      level: 'kelurahan',
      parentCode: districtCode,
    }));
  return [...kecamatan, ...kelurahan];
}
