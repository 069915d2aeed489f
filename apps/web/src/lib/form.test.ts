import { FIELD_MESSAGES, priceSchema } from '@sim-se/shared';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkForm, countText, parseCount, parseWholeRupiah, rupiahText } from './form';

describe('reading whole rupiah', () => {
  it('reads plain digits and dots between groups of three', () => {
    expect(parseWholeRupiah('150000')).toBe(150000);
    expect(parseWholeRupiah('150.000')).toBe(150000);
    expect(parseWholeRupiah('1.250.000')).toBe(1250000);
    expect(parseWholeRupiah(' 25.000 ')).toBe(25000);
    expect(parseWholeRupiah('0')).toBe(0);
  });

  it('refuses decimals, stray dots, commas, signs and words instead of dropping them', () => {
    for (const text of [
      '1.5',
      '1..0',
      '15.00',
      '1,5',
      '-5',
      '',
      '  ',
      'abc',
      '.500',
      '500.',
      '1.2500',
    ]) {
      expect(parseWholeRupiah(text), text).toBeUndefined();
    }
  });
});

describe('reading a count', () => {
  it('reads digits only', () => {
    expect(parseCount('15')).toBe(15);
    expect(parseCount(' 0 ')).toBe(0);
    for (const text of ['1.5', '1.000', '1,5', '-5', '', 'abc']) {
      expect(parseCount(text), text).toBeUndefined();
    }
  });
});

describe('price and stock inputs', () => {
  const schema = z.object({
    price: rupiahText(priceSchema),
    stock: countText(z.number().int().min(0)),
  });

  function errorsOf(price: string, stock: string) {
    const check = checkForm(schema, { price, stock }, 'id');
    return check.ok ? {} : check.errors;
  }

  it('passes readable amounts on as numbers', () => {
    expect(checkForm(schema, { price: '1.250.000', stock: '3' }, 'id')).toEqual({
      ok: true,
      data: { price: 1250000, stock: 3 },
    });
  });

  it('says an empty price or stock is required', () => {
    expect(errorsOf('', '')).toEqual({
      price: FIELD_MESSAGES.id.required,
      stock: FIELD_MESSAGES.id.required,
    });
  });

  it('words an unreadable price with the price rule', () => {
    for (const price of ['1.5', '1..0', '15.00', '1,5', '-5', 'abc']) {
      expect(errorsOf(price, '1').price, price).toBe(FIELD_MESSAGES.id.price);
    }
  });

  it('words an unreadable stock with the stock rule', () => {
    for (const stock of ['1.5', '1,5', '-5', 'abc']) {
      expect(errorsOf('1000', stock).stock, stock).toBe(FIELD_MESSAGES.id.stock);
    }
  });

  it('still applies the limits of the shared rule after reading', () => {
    expect(errorsOf('999.999.999.999.999', '1').price).toBe(FIELD_MESSAGES.id.price);
  });
});
