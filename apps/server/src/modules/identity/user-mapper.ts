import { Role } from '@sim-se/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import type { RegionsService } from '../regions/regions.service.js';
import type { UserModel } from './dto/user.model.js';
import type { UserEntity } from './entities/user.entity.js';

/** The GraphQL view of a person; the e-mail only for themself and administrators. */
export async function toUserModel(
  user: UserEntity,
  viewer: Viewer | null,
  regions: RegionsService,
): Promise<UserModel> {
  const mayReadEmail =
    viewer !== null && (viewer.id === user.id || viewer.roles.includes(Role.ADMINISTRATOR));
  return {
    id: user.id,
    name: user.name,
    email: mayReadEmail ? user.email : null,
    roles: (user.roles ?? []).map((role) => role.role).sort(),
    kelurahan: await regions.describe(user.regionCode),
    createdAt: user.createdAt,
  };
}
