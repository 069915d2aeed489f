import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionEntity } from './entities/region.entity.js';
import { RegionsResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity])],
  providers: [RegionsService, RegionsResolver],
  exports: [RegionsService],
})
export class RegionsModule {}
