import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Role } from '@sim-se/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { requireRole, requireViewer } from '../../common/auth/require.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { RegionsService } from '../regions/regions.service.js';
import { AddGroupMemberArgs, CreateGroupInput } from './dto/group.input.js';
import { GroupModel } from './dto/group.model.js';
import { type GroupRecord, GroupsService } from './groups.service.js';

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(
    @Inject(GroupsService) private readonly registry: GroupsService,
    @Inject(RegionsService) private readonly regions: RegionsService,
  ) {}

  @Query(() => [GroupModel], { description: 'Every registered KIM, by name.' })
  async groups(): Promise<GroupModel[]> {
    return this.toModels(await this.registry.list());
  }

  @Query(() => GroupModel, {
    nullable: true,
    description: 'One KIM by its slug, or null when unknown.',
  })
  async group(@Args('slug') slug: string): Promise<GroupModel | null> {
    const group = await this.registry.findBySlug(slug);
    return group ? this.toModel(group) : null;
  }

  @Query(() => [GroupModel], { description: 'The KIM the signed-in person belongs to.' })
  async myGroups(@CurrentViewer() viewer: Viewer | null): Promise<GroupModel[]> {
    const signedIn = requireViewer(viewer);
    return this.toModels(await this.registry.listForMember(signedIn.id));
  }

  @Mutation(() => GroupModel, {
    description: 'Registers a KIM with its SK decree; administrators only.',
  })
  async createGroup(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: CreateGroupInput,
    @Context() { req }: { req: Request },
  ): Promise<GroupModel> {
    const admin = requireRole(viewer, Role.ADMINISTRATOR);
    return this.toModel(await this.registry.createGroup(input, admin.id, req.language));
  }

  @Mutation(() => GroupModel, {
    description:
      'Adds a person to a KIM and grants them MEMBER (and GROUP_ADMIN); administrators only.',
  })
  async addGroupMember(
    @CurrentViewer() viewer: Viewer | null,
    @Args() args: AddGroupMemberArgs,
  ): Promise<GroupModel> {
    const admin = requireRole(viewer, Role.ADMINISTRATOR);
    return this.toModel(
      await this.registry.addMember(args.groupId, args.userId, args.isAdmin, admin.id),
    );
  }

  private toModels(groups: GroupRecord[]): Promise<GroupModel[]> {
    return Promise.all(groups.map((group) => this.toModel(group)));
  }

  private async toModel(group: GroupRecord): Promise<GroupModel> {
    const { regionCode, ...rest } = group;
    return { ...rest, kelurahan: await this.regions.describe(regionCode) };
  }
}
