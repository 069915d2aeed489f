import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PageArgs } from '../../../common/graphql/page.args.js';

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field()
  categorySlug!: string;
}

@ArgsType()
export class ActiveThreadsArgs {
  @Field(() => Int, { defaultValue: 10, description: 'At most 50.' })
  first!: number;
}
