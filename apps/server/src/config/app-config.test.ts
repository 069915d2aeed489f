import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      meiliHost: undefined,
      searchEngine: 'auto',
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('names every bad variable and never prints a secret value', () => {
    const secret = 'mysql://root:hunter2@db/simse';
    let caught: unknown;
    try {
      loadConfig({ PORT: 'tiga ribu', DATABASE_URL: secret, SEARCH_ENGINE: 'elastic' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as ConfigError).message;
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('SEARCH_ENGINE');
    expect(message).not.toContain('hunter2');
  });
});
