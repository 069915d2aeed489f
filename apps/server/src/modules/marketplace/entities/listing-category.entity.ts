import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A kind of goods, by the slug used in URLs, named in both languages. */
@Entity('listing_categories')
export class ListingCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text', { name: 'name_id' })
  nameId!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('integer', { default: 0 })
  position!: number;
}
