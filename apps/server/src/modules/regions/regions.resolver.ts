import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { KecamatanModel } from './dto/region.model.js';
import { RegionsService } from './regions.service.js';

@Resolver()
export class RegionsResolver {
  constructor(@Inject(RegionsService) private readonly regions: RegionsService) {}

  @Query(() => [KecamatanModel], {
    description: "Kota Serang's kecamatan, each with its kelurahan.",
  })
  kecamatan(): Promise<KecamatanModel[]> {
    return this.regions.kecamatanWithKelurahan();
  }
}
