import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('the page after logging in', () => {
  it('returns to a page on this site', () => {
    expect(safeNextPath('/berita/banjir-kasemen?x=1')).toBe('/berita/banjir-kasemen?x=1');
  });

  it('never leaves the site', () => {
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
