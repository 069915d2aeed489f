import { ErrorReason, type FieldError } from '@sim-se/shared';

/**
 * An expected failure a user can act on: the reason picks the GraphQL code and the
 * message in the user's language; field errors say which input was wrong.
 */
export class AppError extends Error {
  constructor(
    readonly reason: ErrorReason,
    readonly fields: FieldError[] = [],
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(ErrorReason.NotFound);
