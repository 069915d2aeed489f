import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { registerSchema } from '@sim-se/shared';
import { describe, expect, it } from 'vitest';
import { errorMessageOf, errorReasonOf, fieldErrorsOf } from './errors';
import { checkForm } from './form';
import { hasRole } from './roles';

describe('server errors', () => {
  const error = new CombinedError({
    graphQLErrors: [
      new GraphQLError('Isian belum benar.', {
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_INPUT',
          fields: [
            { field: 'input.title', message: 'Wajib diisi.' },
            { field: 'price', message: 'Harga harus bilangan bulat.' },
          ],
        },
      }),
    ],
  });

  it('puts each field error next to its input', () => {
    expect(fieldErrorsOf(error)).toEqual({
      title: 'Wajib diisi.',
      price: 'Harga harus bilangan bulat.',
    });
  });

  it('shows the server message and reason', () => {
    expect(errorMessageOf(error)).toBe('Isian belum benar.');
    expect(errorReasonOf(error)).toBe('INVALID_INPUT');
    expect(fieldErrorsOf(undefined)).toEqual({});
  });
});

describe('form checks', () => {
  it('words field errors in the chosen language', () => {
    const check = checkForm(
      registerSchema,
      { name: '', email: 'x', password: 'a', regionCode: '' },
      'en',
    );
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.name).toBe('Required.');
    expect(check.errors.email).toBe('Not a valid e-mail address.');
    expect(check.errors.regionCode).toBe('Choose a kelurahan.');
  });
});

describe('roles', () => {
  it('lets administrators act in every role', () => {
    expect(hasRole(['ADMINISTRATOR'], 'EDITOR')).toBe(true);
    expect(hasRole(['MEMBER'], 'EDITOR')).toBe(false);
    expect(hasRole(null, 'MEMBER')).toBe(false);
  });
});
