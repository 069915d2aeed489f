import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../../common/graphql/page-info.model.js';
import { RupiahScalar } from '../../../common/graphql/rupiah.scalar.js';
import { GroupSummaryModel } from '../../groups/dto/group.model.js';

@ObjectType('ListingCategory', { description: 'A kind of goods sold in the marketplace.' })
export class ListingCategoryModel {
  @Field({ description: 'The category in URLs, e.g. kerajinan.' })
  slug!: string;

  @Field({ description: "The name in the asker's language." })
  name!: string;

  @Field(() => Int)
  listingCount!: number;
}

@ObjectType('Listing', { description: 'Something a KIM group offers for sale.' })
export class ListingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'The description as written, in Markdown.' })
  description!: string;

  @Field({ description: 'The description as sanitised HTML, safe to show as it is.' })
  descriptionHtml!: string;

  @Field(() => RupiahScalar)
  price!: number;

  @Field(() => Int)
  stock!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The photo, e.g. /media/<id>; add ?w=320|800|1600.',
  })
  photoUrl!: string | null;

  @Field(() => ListingCategoryModel)
  category!: ListingCategoryModel;

  @Field(() => GroupSummaryModel, { description: 'The KIM selling it.' })
  group!: GroupSummaryModel;

  @Field()
  createdAt!: Date;
}

@ObjectType('ListingConnection')
export class ListingConnectionModel {
  @Field(() => [ListingModel])
  nodes!: ListingModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;
}
