import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('NewsroomPageInfo', { description: 'Where a page of news or reports ends.' })
export class NewsroomPageInfoModel {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}
