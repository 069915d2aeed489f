import { describe, expect, it } from 'vitest';
import { mediaFromUrl } from './upload';

describe('a report photo kept while revising', () => {
  it('reads the upload id from the served photo address', () => {
    expect(mediaFromUrl('/media/7f1c2a9e-1b2c-4d5e-8f90-123456789abc')).toEqual({
      id: '7f1c2a9e-1b2c-4d5e-8f90-123456789abc',
      url: '/media/7f1c2a9e-1b2c-4d5e-8f90-123456789abc',
    });
  });

  it('keeps no photo when there is none or the address is foreign', () => {
    expect(mediaFromUrl(null)).toBeNull();
    expect(mediaFromUrl('https://contoh.id/foto.jpg')).toBeNull();
  });
});
