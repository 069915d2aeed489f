import { ForumModule } from './forum/forum.module.js';
import { GroupsModule } from './groups/groups.module.js';
import { HealthModule } from './health/health.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { MarketplaceModule } from './marketplace/marketplace.module.js';
import { MediaModule } from './media/media.module.js';
import { NewsroomModule } from './newsroom/newsroom.module.js';
import { RegionsModule } from './regions/regions.module.js';

/** Every feature of SIM-SE, each a module with its own entities, services and resolvers. */
export const FEATURE_MODULES = [
  HealthModule,
  RegionsModule,
  IdentityModule,
  GroupsModule,
  MediaModule,
  NewsroomModule,
  ForumModule,
  MarketplaceModule,
];
