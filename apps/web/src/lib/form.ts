import { describeIssues, type FieldMessageKey, type Language } from '@sim-se/shared';
import { z } from 'zod';
import type { FieldErrors } from './errors';

export type FormCheck<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Checks form values with the same zod schema the server uses, worded in the given language. */
export function checkForm<S extends z.ZodType>(
  schema: S,
  values: unknown,
  language: Language,
): FormCheck<z.output<S>> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };

  const errors: FieldErrors = {};
  for (const issue of describeIssues(parsed.error, language)) {
    errors[issue.field] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * A whole-rupiah amount as a person types it: plain digits ("150000"), or digits with a dot
 * between every group of three ("1.250.000"). Anything else, decimals included, is unreadable.
 */
export function parseWholeRupiah(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(trimmed)) return undefined;
  return safeInteger(trimmed.replaceAll('.', ''));
}

/** A count typed by a person (stock, quantity): digits only. */
export function parseCount(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  return safeInteger(trimmed);
}

function safeInteger(digits: string): number | undefined {
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * A text input read as a number, then checked by `target`: empty says "required", unreadable
 * text says `message`, so the error is worded by the shared field messages.
 */
function numberText(
  parse: (text: string) => number | undefined,
  message: FieldMessageKey,
  target: z.ZodType<number, number>,
) {
  return z
    .string()
    .trim()
    .min(1, { message: 'required' satisfies FieldMessageKey, abort: true })
    .transform((text, context) => {
      const value = parse(text);
      if (value === undefined) {
        context.addIssue({ code: 'custom', message, input: text });
        return z.NEVER;
      }
      return value;
    })
    .pipe(target);
}

/** A price input: whole rupiah, read with `parseWholeRupiah`, checked by `target`. */
export function rupiahText(target: z.ZodType<number, number>) {
  return numberText(parseWholeRupiah, 'price', target);
}

/** A stock or quantity input: digits only, read with `parseCount`, checked by `target`. */
export function countText(target: z.ZodType<number, number>) {
  return numberText(parseCount, 'stock', target);
}
