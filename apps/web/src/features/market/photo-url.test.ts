import { describe, expect, it } from 'vitest';
import { sizedPhotoUrl } from './photo-url';

describe('photo sizes', () => {
  it('asks the server for the width shown', () => {
    expect(sizedPhotoUrl('/media/abc', 320)).toBe('/media/abc?w=320');
    expect(sizedPhotoUrl('/media/abc?v=2', 800)).toBe('/media/abc?v=2&w=800');
  });
});
