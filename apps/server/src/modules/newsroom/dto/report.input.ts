import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ReportInput {
  @Field()
  title!: string;

  @Field({ description: 'Markdown.' })
  body!: string;

  @Field({ description: 'Kemendagri code of the kelurahan the report is about.' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: 'An uploaded photo of the author.' })
  photoId?: string | null;
}
