import { describeIssues, type Language } from '@sim-se/shared';
import type { z } from 'zod';
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

/** A whole-rupiah amount typed by a person; dots and spaces as thousands marks are allowed. */
export function parseWholeNumber(text: string): number | undefined {
  const digits = text.replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  return Number(digits);
}
