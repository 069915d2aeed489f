import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { RupiahScalar } from '../../../common/graphql/rupiah.scalar.js';

@InputType()
export class CreateListingInput {
  @Field(() => ID, { description: 'The KIM selling it; the seller must be one of its members.' })
  groupId!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown.' })
  description!: string;

  @Field({ description: 'kerajinan, makanan, sketsa or fotografi.' })
  categorySlug!: string;

  @Field(() => RupiahScalar)
  price!: number;

  @Field(() => Int)
  stock!: number;

  @Field(() => ID, { nullable: true, description: 'An image the seller uploaded to /media.' })
  photoId?: string | null;
}
