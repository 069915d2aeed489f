import { FIELD_MESSAGES } from '@sim-se/shared';
import { describe, expect, it } from 'vitest';
import { checkForm } from '../../lib/form';
import { listingFormSchema } from './listing-form';

const filled = {
  groupId: '0b7f6a52-3c1e-4d8e-9f3a-2b1c0d9e8f7a',
  categorySlug: 'kuliner',
  title: 'Keripik emping',
  description: 'Emping melinjo khas Serang.',
  price: '150.000',
  stock: '12',
  photoId: null,
};

describe('new listing form', () => {
  it('sends the typed price and stock as whole numbers', () => {
    const check = checkForm(listingFormSchema, filled, 'id');
    expect(check.ok && check.data).toMatchObject({ price: 150000, stock: 12 });
  });

  it('refuses a decimal price and stock instead of saving them ten times larger', () => {
    const check = checkForm(listingFormSchema, { ...filled, price: '1.5', stock: '1.5' }, 'en');
    expect(check.ok ? {} : check.errors).toEqual({
      price: FIELD_MESSAGES.en.price,
      stock: FIELD_MESSAGES.en.stock,
    });
  });

  it('says an empty price is required', () => {
    const check = checkForm(listingFormSchema, { ...filled, price: '' }, 'en');
    expect(check.ok ? {} : check.errors).toEqual({ price: FIELD_MESSAGES.en.required });
  });
});
