import type { CombinedError } from 'urql';

export interface ServerFieldError {
  field: string;
  message: string;
}

export type FieldErrors = Record<string, string>;

function isFieldError(value: unknown): value is ServerFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

/**
 * Field errors the server sent in `extensions.fields`, keyed by input field. A nested path
 * such as `input.title` is keyed by its last part so it lands next to the matching input.
 */
export function fieldErrorsOf(error: CombinedError | null | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const fields = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const fieldError of fields) {
      if (!isFieldError(fieldError)) continue;
      const key = fieldError.field.split('.').pop() ?? fieldError.field;
      errors[key] ??= fieldError.message;
    }
  }
  return errors;
}

/** The server's reason for a failure (`extensions.reason`), if it gave one. */
export function errorReasonOf(error: CombinedError | null | undefined): string | undefined {
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const reason = graphQLError.extensions?.reason;
    if (typeof reason === 'string') return reason;
  }
  return undefined;
}

/**
 * One sentence to show for a failed request: the server's own message (already in the
 * user's language), or the network error's text.
 */
export function errorMessageOf(error: CombinedError | null | undefined): string {
  if (!error) return '';
  const first = error.graphQLErrors[0];
  if (first) return first.message;
  return error.networkError?.message ?? error.message;
}
