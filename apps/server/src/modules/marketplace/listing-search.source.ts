import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { SearchService } from '../search/search.service.js';
import { SearchKind } from '../search/search.types.js';
import { MarketplaceService } from './marketplace.service.js';

/** Tells search how to read listings. */
@Injectable()
export class ListingSearchSource implements OnModuleInit {
  constructor(
    @Inject(SearchService) private readonly search: SearchService,
    @Inject(MarketplaceService) private readonly marketplace: MarketplaceService,
  ) {}

  onModuleInit(): void {
    this.search.register({
      kind: SearchKind.LISTING,
      load: (manager, ids) => this.marketplace.searchDocuments(manager, ids),
      listIds: (manager, after, limit) => this.marketplace.searchIds(manager, after, limit),
    });
  }
}
