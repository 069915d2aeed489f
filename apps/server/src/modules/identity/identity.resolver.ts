import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Role } from '@sim-se/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { requireRole } from '../../common/auth/require.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { RegionsService } from '../regions/regions.service.js';
import { LogInInput, RegisterInput, SetRoleInput } from './dto/identity.input.js';
import { UserModel } from './dto/user.model.js';
import { IdentityService, type NewSession } from './identity.service.js';
import { SESSION_COOKIE } from './session.middleware.js';
import { toUserModel } from './user-mapper.js';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    @Inject(IdentityService) private readonly identity: IdentityService,
    @Inject(RegionsService) private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, {
    nullable: true,
    description: 'The signed-in person, or null for a visitor.',
  })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<UserModel | null> {
    if (!viewer) return null;
    const user = await this.identity.findUser(viewer.id);
    return user ? toUserModel(user, viewer, this.regions) : null;
  }

  @Mutation(() => UserModel, { description: 'Creates a resident account and signs it in.' })
  async register(
    @Args('input') input: RegisterInput,
    @Context() context: HttpContext,
  ): Promise<UserModel> {
    const session = await this.identity.register(input, context.req.language, context.req.ip ?? '');
    return this.signIn(session, context);
  }

  @Mutation(() => UserModel)
  async logIn(
    @Args('input') input: LogInInput,
    @Context() context: HttpContext,
  ): Promise<UserModel> {
    const session = await this.identity.logIn(input, context.req.language, context.req.ip ?? '');
    return this.signIn(session, context);
  }

  @Mutation(() => Boolean)
  async logOut(
    @CurrentViewer() viewer: Viewer | null,
    @Context() context: HttpContext,
  ): Promise<boolean> {
    if (viewer) await this.identity.logOut(viewer.sessionId);
    context.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Query(() => [UserModel], { description: 'People by name or e-mail; administrators only.' })
  async users(
    @CurrentViewer() viewer: Viewer | null,
    @Args('search', { defaultValue: '' }) search: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<UserModel[]> {
    const admin = requireRole(viewer, Role.ADMINISTRATOR);
    const users = await this.identity.searchUsers(
      search.trim().slice(0, 100),
      Math.min(Math.max(first, 1), 50),
    );
    return Promise.all(users.map((user) => toUserModel(user, admin, this.regions)));
  }

  @Mutation(() => UserModel, { description: 'Grants or takes away a role; administrators only.' })
  async setRole(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: SetRoleInput,
  ): Promise<UserModel> {
    const admin = requireRole(viewer, Role.ADMINISTRATOR);
    const user = await this.identity.setRole(input.userId, input.role, input.granted, admin.id);
    return toUserModel(user, admin, this.regions);
  }

  private async signIn(session: NewSession, context: HttpContext): Promise<UserModel> {
    context.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
    const user = (await this.identity.findUser(session.user.id))!;
    const self: Viewer = {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: [],
      sessionId: '',
    };
    return toUserModel(user, self, this.regions);
  }
}
