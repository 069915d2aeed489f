import { z } from 'zod';
import type { Language } from './messages.js';
import { todayInJakarta } from './dates.js';
import { MAX_RUPIAH } from './money.js';

/**
 * Validation rules both the server (authoritative) and the web forms (early feedback) use.
 * Each rule's message is a key of FIELD_MESSAGES so either side can say it in the user's
 * language.
 */
export const FIELD_MESSAGES = {
  id: {
    required: 'Wajib diisi.',
    tooLong: 'Terlalu panjang (maksimal {max} karakter).',
    characters: 'Memuat karakter yang tidak diizinkan (karakter kendali atau pembalik arah teks).',
    noText: 'Harus memuat huruf atau angka.',
    singleLine: 'Harus satu baris, tanpa ganti baris.',
    decreeDateFuture: 'Tanggal SK tidak boleh di masa depan.',
    email: 'Alamat e-mail tidak valid.',
    passwordWeak: 'Minimal 10 karakter, dengan huruf dan angka.',
    passwordTooLong: 'Kata sandi terlalu panjang (maksimal 200 karakter).',
    price: 'Harga harus bilangan bulat rupiah, 0 atau lebih (tanpa desimal).',
    stock: 'Stok harus bilangan bulat, 0 atau lebih.',
    regionCode: 'Pilih kelurahan.',
    date: 'Tanggal tidak valid.',
    invalid: 'Isian tidak valid.',
  },
  en: {
    required: 'Required.',
    tooLong: 'Too long ({max} characters at most).',
    characters: 'Contains characters that are not allowed (control or text-direction characters).',
    noText: 'Must contain letters or digits.',
    singleLine: 'Must be a single line.',
    decreeDateFuture: 'The decree date cannot be in the future.',
    email: 'Not a valid e-mail address.',
    passwordWeak: 'At least 10 characters, with letters and digits.',
    passwordTooLong: 'Password too long (200 characters at most).',
    price: 'Price must be whole rupiah, 0 or more (no decimals).',
    stock: 'Stock must be a whole number, 0 or more.',
    regionCode: 'Choose a kelurahan.',
    date: 'Not a valid date.',
    invalid: 'Not valid.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type FieldMessageKey = keyof (typeof FIELD_MESSAGES)['id'];

function fieldMessage(key: FieldMessageKey): { message: FieldMessageKey } {
  return { message: key };
}

/** The same, and no further checks of that field: one clear message per field. */
function stopWith(key: FieldMessageKey): { message: FieldMessageKey; abort: true } {
  return { message: key, abort: true };
}

/**
 * Control characters (other than tab and line breaks) and text-direction overrides have no
 * place in what people write; the latter can disguise names and links.
 */
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Hangul fillers are letters to Unicode but print as nothing, so they cannot carry a name. */
const BLANK_LETTERS = /[\u115f\u1160\u3164\uffa0]/gu;

function hasVisibleText(value: string): boolean {
  return LETTER_OR_DIGIT.test(value.replace(BLANK_LETTERS, ''));
}

/** Whether a string holds a character no text field accepts. */
export function hasForbiddenCharacters(value: string): boolean {
  return FORBIDDEN_CHARACTERS.test(value);
}

const text = (max: number) =>
  z
    .string(fieldMessage('required'))
    .trim()
    .min(1, stopWith('required'))
    .max(max, stopWith('tooLong'))
    .refine((value) => !hasForbiddenCharacters(value), stopWith('characters'))
    .refine(hasVisibleText, fieldMessage('noText'));

/** A name or title: the same rules as text, on one line. */
const line = (max: number) =>
  text(max).refine((value) => !/[\r\n]/.test(value), fieldMessage('singleLine'));

/** Kemendagri kelurahan code as written in the registry, e.g. `36.73.01.1001`. */
export const regionCodeSchema = z
  .string(fieldMessage('regionCode'))
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, fieldMessage('regionCode'));

export const emailSchema = z
  .string(fieldMessage('required'))
  .trim()
  .toLowerCase()
  .max(254, fieldMessage('tooLong'))
  .pipe(z.email(fieldMessage('email')));

export const passwordSchema = z
  .string(fieldMessage('required'))
  .max(200, fieldMessage('passwordTooLong'))
  .refine(
    (value) => value.length >= 10 && /\p{L}/u.test(value) && /\d/.test(value),
    fieldMessage('passwordWeak'),
  );

export const registerSchema = z.object({
  name: line(120),
  email: emailSchema,
  password: passwordSchema,
  regionCode: regionCodeSchema,
});

export const loginSchema = z.object({
  email: emailSchema,
  password: z
    .string(fieldMessage('required'))
    .min(1, fieldMessage('required'))
    .max(200, fieldMessage('passwordTooLong')),
});

export const threadSchema = z.object({
  categoryId: z.string(fieldMessage('required')).uuid(fieldMessage('invalid')),
  title: line(160),
  body: text(20_000),
});

export const postSchema = z.object({
  threadId: z.string(fieldMessage('required')).uuid(fieldMessage('invalid')),
  body: text(20_000),
});

export const reportSchema = z.object({
  title: line(200),
  body: text(50_000),
  regionCode: regionCodeSchema,
  photoId: z.string().uuid(fieldMessage('invalid')).nullish(),
});

export const reviewCommentSchema = text(4_000);

export const searchSchema = z.object({
  query: z.string(fieldMessage('required')).trim().max(200, stopWith('tooLong')),
  first: z
    .number()
    .int(fieldMessage('invalid'))
    .min(1, fieldMessage('invalid'))
    .max(50, fieldMessage('invalid')),
});

/** Whether a search has anything to look for: words, not only punctuation or symbols. */
export function hasSearchableText(query: string): boolean {
  return hasVisibleText(query);
}

export const priceSchema = z
  .number(fieldMessage('price'))
  .int(fieldMessage('price'))
  .min(0, fieldMessage('price'))
  .max(MAX_RUPIAH, fieldMessage('price'));

export const listingSchema = z.object({
  groupId: z.string(fieldMessage('required')).uuid(fieldMessage('invalid')),
  title: line(160),
  description: text(10_000),
  categorySlug: line(40),
  price: priceSchema,
  stock: z
    .number(fieldMessage('stock'))
    .int(fieldMessage('stock'))
    .min(0, fieldMessage('stock'))
    .max(1_000_000, fieldMessage('stock')),
  photoId: z.string().uuid(fieldMessage('invalid')).nullish(),
});

export const groupSchema = z.object({
  name: line(160),
  regionCode: regionCodeSchema,
  decreeNumber: line(120),
  decreeDate: z.iso
    .date(stopWith('date'))
    .refine((value) => value <= todayInJakarta(), fieldMessage('decreeDateFuture')),
});

export interface FieldError {
  field: string;
  message: string;
}

/** Turns a failed parse into field errors worded in the given language. */
export function describeIssues(error: z.ZodError, language: Language): FieldError[] {
  const messages: Record<string, string> = FIELD_MESSAGES[language];
  return error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: (messages[issue.message] ?? messages['invalid']).replace(
      '{max}',
      issue.code === 'too_big' ? String(issue.maximum) : '',
    ),
  }));
}
