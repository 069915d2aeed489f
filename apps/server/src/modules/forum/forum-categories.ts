import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../common/logging/logger.js';

interface CategorySeed {
  slug: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
}

/** The boards every SIM-SE forum starts with, in the order the forum lists them. */
export const FORUM_CATEGORIES: readonly CategorySeed[] = [
  {
    slug: 'umum',
    nameId: 'Umum',
    nameEn: 'General',
    descriptionId: 'Obrolan warga Kota Serang tentang apa saja.',
    descriptionEn: 'Anything residents of Kota Serang want to talk about.',
  },
  {
    slug: 'tanya-jawab',
    nameId: 'Tanya Jawab',
    nameEn: 'Questions',
    descriptionId: 'Bertanya dan menjawab soal layanan, aturan, dan kehidupan sehari-hari.',
    descriptionEn: 'Ask and answer about public services, rules and daily life.',
  },
  {
    slug: 'informasi-kelurahan',
    nameId: 'Informasi Kelurahan',
    nameEn: 'Neighbourhood news',
    descriptionId: 'Kabar dan pengumuman dari kelurahan dan kecamatan.',
    descriptionEn: 'News and announcements from the kelurahan and kecamatan.',
  },
  {
    slug: 'usaha-kim',
    nameId: 'Usaha KIM',
    nameEn: 'KIM enterprise',
    descriptionId: 'Produk, jasa, dan pengalaman usaha Kelompok Informasi Masyarakat.',
    descriptionEn: 'Products, services and business experience of the KIM groups.',
  },
  {
    slug: 'kegiatan-kopdar',
    nameId: 'Kegiatan & Kopdar',
    nameEn: 'Events & meetups',
    descriptionId: 'Rencana kegiatan, pelatihan, dan kopi darat.',
    descriptionEn: 'Plans for activities, trainings and meetups.',
  },
];

/** Adds any missing category on start; a category already there is left as it is. */
@Injectable()
export class ForumCategorySeeder implements OnApplicationBootstrap {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    let added = 0;
    for (const [position, category] of FORUM_CATEGORIES.entries()) {
      const inserted: unknown[] = await this.dataSource.query(
        `INSERT INTO forum_categories (slug, name_id, name_en, description_id, description_en, position)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [
          category.slug,
          category.nameId,
          category.nameEn,
          category.descriptionId,
          category.descriptionEn,
          position,
        ],
      );
      added += inserted.length;
    }
    if (added > 0) this.logger.info({ added }, 'forum categories seeded');
  }
}
