import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import {
  ERROR_MESSAGES,
  ErrorClass,
  ErrorReason,
  type Language,
  REASON_CLASS,
} from '@sim-se/shared';
import { AppError } from './app-error.js';

/** Apollo's own codes for requests that never reached a resolver. */
const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place where failures become what a client sees: a stable code, a reason, the
 * message in the user's language, and field errors. Unexpected errors are logged with
 * their cause and reach the client as a plain "something went wrong", never a stack or SQL.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  language: Language,
  logger: Logger,
): GraphQLFormattedError {
  // Duck-typed on purpose: Apollo and our code may load different copies of `graphql`.
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;

  if (original instanceof AppError) {
    return {
      message: ERROR_MESSAGES[language][original.reason],
      path: formatted.path,
      extensions: {
        code: REASON_CLASS[original.reason],
        reason: original.reason,
        fields: original.fields,
      },
    };
  }

  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }

  logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
  return {
    message: ERROR_MESSAGES[language][ErrorReason.Internal],
    path: formatted.path,
    extensions: { code: ErrorClass.Internal, reason: ErrorReason.Internal },
  };
}
