import { describe, expect, it } from 'vitest';
import { formatRupiah, isWholeRupiah } from './money.js';
import { priceSchema } from './validation.js';

describe('rupiah', () => {
  it('formats amounts the Indonesian way', () => {
    expect(formatRupiah(150000)).toBe('Rp 150.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(1250000000)).toBe('Rp 1.250.000.000');
  });

  it('accepts only whole, non-negative amounts', () => {
    expect(isWholeRupiah(15000)).toBe(true);
    expect(isWholeRupiah(1500.5)).toBe(false);
    expect(isWholeRupiah(-1)).toBe(false);
    expect(priceSchema.safeParse(1500.5).success).toBe(false);
    expect(priceSchema.safeParse(-100).success).toBe(false);
    expect(priceSchema.safeParse(25000).success).toBe(true);
  });
});
