import type { NextFunction, Request, Response } from 'express';
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';
import { DEFAULT_LANGUAGE, ERROR_MESSAGES, ErrorReason, REASON_CLASS } from '@sim-se/shared';
import { requestScope } from '../logging/request-context.js';

/**
 * PostgreSQL text cannot hold a NUL character, so a request carrying one anywhere (a
 * variable, an argument, the query itself) is refused here as bad input, before any
 * resolver turns it into a database error.
 */
export function rejectNulCharacters(req: Request, res: Response, next: NextFunction): void {
  if (!containsNul(req.body)) return next();

  const reason = ErrorReason.ForbiddenCharacters;
  res.status(400).json({
    errors: [
      {
        message: ERROR_MESSAGES[req.language][reason],
        extensions: { code: REASON_CLASS[reason], reason, fields: [] },
      },
    ],
  });
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => containsNul(child, depth + 1));
}

/** The same refusal for a NUL written as an escape inside the query text itself. */
export function noNulInQueryTextRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node) {
      if (!node.value.includes('\u0000')) return;
      const reason = ErrorReason.ForbiddenCharacters;
      const language = requestScope.getStore()?.language ?? DEFAULT_LANGUAGE;
      context.reportError(
        new GraphQLError(ERROR_MESSAGES[language][reason], {
          nodes: [node],
          extensions: { code: REASON_CLASS[reason], reason },
        }),
      );
    },
  };
}
