import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class StartThreadInput {
  @Field(() => ID)
  categoryId!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown; becomes the first post.' })
  body!: string;
}

@InputType()
export class ReplyInput {
  @Field(() => ID)
  threadId!: string;

  @Field({ description: 'Markdown.' })
  body!: string;
}
