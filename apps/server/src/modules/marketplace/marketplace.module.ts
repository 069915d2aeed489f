import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RupiahScalar } from '../../common/graphql/rupiah.scalar.js';
import { GroupsModule } from '../groups/groups.module.js';
import { MediaModule } from '../media/media.module.js';
import { ListingCategoryEntity } from './entities/listing-category.entity.js';
import { ListingEntity } from './entities/listing.entity.js';
import { ListingSearchSource } from './listing-search.source.js';
import { MarketplaceResolver } from './marketplace.resolver.js';
import { MarketplaceService } from './marketplace.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ListingEntity, ListingCategoryEntity]),
    GroupsModule,
    MediaModule,
  ],
  providers: [RupiahScalar, MarketplaceService, MarketplaceResolver, ListingSearchSource],
})
export class MarketplaceModule {}
