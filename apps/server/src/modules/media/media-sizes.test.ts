import { describe, expect, it } from 'vitest';
import { pickWidth, storedWidths } from './media.service.js';

describe('media sizes', () => {
  it('keeps the narrowest size always and wider ones only while the image is wider', () => {
    expect(storedWidths(120)).toEqual([320]);
    expect(storedWidths(320)).toEqual([320]);
    expect(storedWidths(500)).toEqual([320, 800]);
    expect(storedWidths(4000)).toEqual([320, 800, 1600]);
  });

  it('serves the narrowest stored size at least as wide as asked, else the widest', () => {
    expect(pickWidth([320, 800, 1600], 320)).toBe(320);
    expect(pickWidth([320, 800, 1600], 500)).toBe(800);
    expect(pickWidth([320, 800], 1600)).toBe(800);
  });
});
