import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { Repository } from 'typeorm';
import { LOGGER } from '../../common/logging/logger.js';
import type { KecamatanModel } from './dto/region.model.js';
import { RegionEntity } from './entities/region.entity.js';
import { readKotaSerangRegions } from './kota-serang.js';

@Injectable()
export class RegionsService implements OnApplicationBootstrap {
  private cache?: KecamatanModel[];

  constructor(
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Seeds Kota Serang's regions; safe to run on every start. */
  async onApplicationBootstrap(): Promise<void> {
    const rows = readKotaSerangRegions();
    await this.regions.upsert(rows, ['code']);
    this.logger.debug({ regions: rows.length }, 'regions seeded');
  }

  async kecamatanWithKelurahan(): Promise<KecamatanModel[]> {
    if (this.cache) return this.cache;
    const all = await this.regions.find({ order: { name: 'ASC' } });
    const kecamatan = all.filter((region) => region.level === 'kecamatan');
    this.cache = kecamatan.map((district) => ({
      code: district.code,
      name: district.name,
      kelurahan: all
        .filter((region) => region.parentCode === district.code)
        .map((village) => ({
          code: village.code,
          name: village.name,
          kecamatanName: district.name,
        })),
    }));
    return this.cache;
  }

  async isKelurahan(code: string): Promise<boolean> {
    return this.regions.exists({ where: { code, level: 'kelurahan' } });
  }

  async describe(
    code: string | null,
  ): Promise<{ code: string; name: string; kecamatanName: string } | null> {
    if (!code) return null;
    const all = await this.kecamatanWithKelurahan();
    for (const district of all) {
      const village = district.kelurahan.find((item) => item.code === code);
      if (village) return village;
    }
    return null;
  }
}
