import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres`
 * system user. That user must be able to pass through every folder above its data and
 * binaries; a clone in a private temporary folder would otherwise stop it. Only the
 * search bit (o+x) is added: names inside stay unreadable to others.
 */
export function ensureTraversable(target: string, logger: Logger): void {
  let dir = path.dirname(path.resolve(target));
  const changed: string[] = [];
  while (dir !== path.dirname(dir)) {
    const stat = fs.statSync(dir);
    if ((stat.mode & 0o001) === 0) {
      fs.chmodSync(dir, stat.mode | 0o001);
      changed.push(dir);
    }
    dir = path.dirname(dir);
  }
  if (changed.length > 0) {
    logger.warn(
      { folders: changed },
      'added search permission so the postgres user can reach its files',
    );
  }
}
