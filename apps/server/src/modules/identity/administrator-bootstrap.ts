import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { LOGGER } from '../../common/logging/logger.js';
import { IdentityService } from './identity.service.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@sim-se.local';

/** On the first start, creates an administrator and shows its password once. */
@Injectable()
export class AdministratorBootstrap implements OnApplicationBootstrap {
  constructor(
    @Inject(IdentityService) private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = (this.config.adminEmail ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
    const result = await this.identity.ensureAdministrator(email, this.config.adminPassword);
    if (result.outcome === 'present') return;
    if (result.outcome === 'restored') {
      this.logger.warn(
        { email },
        'no administrator was left: the role is given back to this account',
      );
    } else if (result.password) {
      // Shown once, on purpose: there is no other way to learn a generated password.
      this.logger.warn(
        { email },
        `administrator account created: e-mail ${email}, password ${result.password} (shown only this once)`,
      );
    } else {
      this.logger.info({ email }, 'administrator account created with ADMIN_PASSWORD');
    }
  }
}
