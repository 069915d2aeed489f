import { describe, expect, it } from 'vitest';
import {
  describeIssues,
  groupSchema,
  loginSchema,
  registerSchema,
  threadSchema,
} from './validation.js';

const validRegistration = {
  name: 'Siti Aminah',
  email: 'siti@contoh.id',
  password: 'kopdar-pipitan-2018',
  regionCode: '36.73.05.1001',
};

function fieldErrors(result: { success: boolean; error?: Parameters<typeof describeIssues>[0] }) {
  return result.success || !result.error ? [] : describeIssues(result.error, 'id');
}

describe('shared validation', () => {
  it('refuses a name made only of invisible characters', () => {
    const result = registerSchema.safeParse({ ...validRegistration, name: '\u200b\u200b\u200b' });
    expect(fieldErrors(result)).toEqual([
      { field: 'name', message: 'Harus memuat huruf atau angka.' },
    ]);
  });

  it('refuses names that print as nothing (Hangul fillers) and names over several lines', () => {
    const filler = registerSchema.safeParse({ ...validRegistration, name: '\u3164\u3164' });
    expect(fieldErrors(filler)).toEqual([
      { field: 'name', message: 'Harus memuat huruf atau angka.' },
    ]);
    const twoLines = registerSchema.safeParse({ ...validRegistration, name: 'Siti\nAdmin' });
    expect(fieldErrors(twoLines)).toEqual([
      { field: 'name', message: 'Harus satu baris, tanpa ganti baris.' },
    ]);
  });

  it('refuses text-direction overrides and control characters in names and titles', () => {
    const disguised = registerSchema.safeParse({
      ...validRegistration,
      name: 'Admin\u202egnp.exe',
    });
    expect(fieldErrors(disguised)[0].message).toMatch(/karakter yang tidak diizinkan/);
    const thread = threadSchema.safeParse({
      categoryId: '7d4c8f1e-2b1a-4c3d-9e8f-0a1b2c3d4e5f',
      title: 'Judul\u0000rahasia',
      body: 'Isi',
    });
    expect(fieldErrors(thread)[0]).toMatchObject({ field: 'title' });
  });

  it('keeps ordinary Indonesian text, line breaks and emoji', () => {
    const thread = threadSchema.safeParse({
      categoryId: '7d4c8f1e-2b1a-4c3d-9e8f-0a1b2c3d4e5f',
      title: 'Kopdar di Alun-alun 🎉',
      body: 'Baris satu\nBaris dua\tdengan tab',
    });
    expect(thread.success).toBe(true);
  });

  it('says how long a field may be', () => {
    const result = threadSchema.safeParse({
      categoryId: '7d4c8f1e-2b1a-4c3d-9e8f-0a1b2c3d4e5f',
      title: 'x'.repeat(161),
      body: 'Isi',
    });
    expect(fieldErrors(result)).toEqual([
      { field: 'title', message: 'Terlalu panjang (maksimal 160 karakter).' },
    ]);
  });

  it('says a login password is too long rather than missing', () => {
    const result = loginSchema.safeParse({ email: 'a@contoh.id', password: 'x'.repeat(1_000_000) });
    expect(fieldErrors(result)[0].message).toBe(
      'Kata sandi terlalu panjang (maksimal 200 karakter).',
    );
  });

  it('refuses a decree dated in the future', () => {
    const group = { name: 'KIM Uji', regionCode: '36.73.05.1001', decreeNumber: 'SK/1/2026' };
    expect(groupSchema.safeParse({ ...group, decreeDate: '9999-12-31' }).success).toBe(false);
    expect(groupSchema.safeParse({ ...group, decreeDate: '2018-04-23' }).success).toBe(true);
  });
});
