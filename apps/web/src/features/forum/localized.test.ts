import { describe, expect, it } from 'vitest';
import { localized } from './localized';

describe('category names', () => {
  it('shows the chosen language, falling back to Indonesian when English is missing', () => {
    expect(localized('id', 'Pengumuman', 'Announcements')).toBe('Pengumuman');
    expect(localized('en', 'Pengumuman', 'Announcements')).toBe('Announcements');
    expect(localized('en', 'Pengumuman', ' ')).toBe('Pengumuman');
  });
});
