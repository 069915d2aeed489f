import { describeIssues, ErrorReason, type Language } from '@sim-se/shared';
import type { z } from 'zod';
import { AppError } from './app-error.js';

/** Parses input at the edge; bad input becomes one AppError listing every wrong field. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  language: Language,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;

  const fields = describeIssues(result.error, language);
  const passwordWeak = result.error.issues.some((issue) => issue.message === 'passwordWeak');
  throw new AppError(passwordWeak ? ErrorReason.WeakPassword : ErrorReason.InvalidInput, fields);
}
