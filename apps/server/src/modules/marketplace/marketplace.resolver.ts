import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Language } from '@sim-se/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { requireViewer } from '../../common/auth/require.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { renderMarkdown } from '../../common/markdown/render-markdown.js';
import { mediaUrl } from '../media/media.service.js';
import { ListingsArgs } from './dto/listing.args.js';
import { CreateListingInput } from './dto/listing.input.js';
import { ListingCategoryModel, ListingConnectionModel, ListingModel } from './dto/listing.model.js';
import {
  type CategoryRecord,
  type ListingRecord,
  MarketplaceService,
} from './marketplace.service.js';

interface HttpContext {
  req: Request;
}

@Resolver(() => ListingModel)
export class MarketplaceResolver {
  constructor(@Inject(MarketplaceService) private readonly marketplace: MarketplaceService) {}

  @Query(() => [ListingCategoryModel], {
    description: 'Every listing category with how many listings it holds.',
  })
  async listingCategories(@Context() { req }: HttpContext): Promise<ListingCategoryModel[]> {
    const categories = await this.marketplace.categories();
    return categories.map((category) => toCategoryModel(category, req.language));
  }

  @Query(() => ListingConnectionModel, { description: 'Listings, newest first, a page at a time.' })
  async listings(
    @Args() args: ListingsArgs,
    @Context() { req }: HttpContext,
  ): Promise<ListingConnectionModel> {
    const page = await this.marketplace.listings(
      args.categorySlug ?? null,
      args.first,
      args.after ?? null,
    );
    return {
      nodes: await this.toModels(page.listings, req.language),
      pageInfo: page.pageInfo,
    };
  }

  @Query(() => [ListingModel], { description: 'The newest listings, for the home page.' })
  async newListings(
    @Args('first', { type: () => Int, defaultValue: 6 }) first: number,
    @Context() { req }: HttpContext,
  ): Promise<ListingModel[]> {
    const page = await this.marketplace.listings(null, first, null);
    return this.toModels(page.listings, req.language);
  }

  @Query(() => ListingModel, { nullable: true, description: 'One listing, or null when unknown.' })
  async listing(
    @Args('id', { type: () => ID }) id: string,
    @Context() { req }: HttpContext,
  ): Promise<ListingModel | null> {
    const listing = await this.marketplace.findListing(id);
    return listing ? (await this.toModels([listing], req.language))[0] : null;
  }

  @Mutation(() => ListingModel, {
    description: 'Puts an item on sale for a verified KIM the seller belongs to.',
  })
  async createListing(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: CreateListingInput,
    @Context() { req }: HttpContext,
  ): Promise<ListingModel> {
    const seller = requireViewer(viewer);
    const listing = await this.marketplace.createListing(input, seller, req.language);
    return (await this.toModels([listing], req.language))[0];
  }

  private async toModels(listings: ListingRecord[], language: Language): Promise<ListingModel[]> {
    if (listings.length === 0) return [];
    const categories = new Map(
      (await this.marketplace.categories()).map((category) => [category.slug, category]),
    );
    return listings.map((listing) => ({
      id: listing.id,
      title: listing.title,
      description: listing.description,
      descriptionHtml: renderMarkdown(listing.description),
      price: listing.price,
      stock: listing.stock,
      photoUrl: listing.photoId ? mediaUrl(listing.photoId) : null,
      category: toCategoryModel(categories.get(listing.categorySlug)!, language),
      group: listing.group,
      createdAt: listing.createdAt,
    }));
  }
}

function toCategoryModel(category: CategoryRecord, language: Language): ListingCategoryModel {
  return {
    slug: category.slug,
    name: language === 'en' ? category.nameEn : category.nameId,
    listingCount: category.listingCount,
  };
}
