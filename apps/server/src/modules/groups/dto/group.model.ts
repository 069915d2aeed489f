import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { KelurahanModel } from '../../regions/dto/region.model.js';

@ObjectType('Group', { description: 'A KIM (Kelompok Informasi Masyarakat) of Kota Serang.' })
export class GroupModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The group in URLs, e.g. kim-pipitan.' })
  slug!: string;

  @Field(() => KelurahanModel, { nullable: true })
  kelurahan!: KelurahanModel | null;

  @Field({ description: 'Number of the SK decree that established the group.' })
  decreeNumber!: string;

  @Field({ description: 'Date of the SK decree, YYYY-MM-DD.' })
  decreeDate!: string;

  @Field({ description: 'Only verified groups may sell in the marketplace.' })
  verified!: boolean;

  @Field(() => Int)
  memberCount!: number;

  @Field()
  createdAt!: Date;
}

/** Just enough of a group to name and link it beside something it owns. */
@ObjectType('GroupSummary')
export class GroupSummaryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;
}
