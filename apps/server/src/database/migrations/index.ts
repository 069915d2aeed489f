import { Core1764800000000 } from './1764800000000-core.js';
import { Forum1764800001000 } from './1764800001000-forum.js';
import { Newsroom1764800002000 } from './1764800002000-newsroom.js';
import { Marketplace1764800003000 } from './1764800003000-marketplace.js';
import { LoginAttemptsByAddress1764800004000 } from './1764800004000-login-attempts-by-address.js';
import { GroupNamesPerKelurahan1764800005000 } from './1764800005000-group-names-per-kelurahan.js';
import { RegistrationsByAddress1764800006000 } from './1764800006000-registrations-by-address.js';

/** Every migration, oldest first. A landed migration is never edited; add a new one. */
export const MIGRATIONS = [
  Core1764800000000,
  Forum1764800001000,
  Newsroom1764800002000,
  Marketplace1764800003000,
  LoginAttemptsByAddress1764800004000,
  GroupNamesPerKelurahan1764800005000,
  RegistrationsByAddress1764800006000,
];
