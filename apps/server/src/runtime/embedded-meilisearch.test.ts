import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedMeilisearch } from './embedded-meilisearch.js';

describe('embedded Meilisearch', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-se-meili-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts with a generated key that begins with a dash, and keeps the key out of its command line', async () => {
    // base64url keys begin with "-" one time in 64; as an argument that read as a flag.
    const masterKey = '-dash-first-master-key';
    const meili = await startEmbeddedMeilisearch(dataDir, pino({ level: 'silent' }), { masterKey });
    try {
      const health = await fetch(`${meili.host}/health`);
      expect(health.ok).toBe(true);
      const keys = await fetch(`${meili.host}/keys`, {
        headers: { authorization: `Bearer ${masterKey}` },
      });
      expect(keys.status).toBe(200);

      const commandLines = fs
        .readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .map((pid) => {
          try {
            return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          } catch {
            return '';
          }
        });
      expect(commandLines.some((line) => line.includes(masterKey))).toBe(false);
    } finally {
      await meili.stop();
    }
  });
});
