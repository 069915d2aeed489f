import { Inject } from '@nestjs/common';
import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { hasSearchableText, searchSchema } from '@sim-se/shared';
import { validate } from '../../common/errors/validate.js';
import { SearchArgs } from './dto/search.args.js';
import { SearchResultsModel } from './dto/search.model.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  @Query(() => SearchResultsModel, {
    description: 'One query over published news, threads and listings.',
  })
  async search(
    @Args() args: SearchArgs,
    @Context() { req }: { req: Request },
  ): Promise<SearchResultsModel> {
    const { query, first } = validate(searchSchema, args, req.language);
    // Punctuation alone would become an empty query, which Meilisearch answers with everything.
    if (!hasSearchableText(query))
      return { hits: [], total: 0, engine: this.searchService.engineName };

    const result = await this.searchService.search(query, args.kinds ?? [], first);
    return { ...result, engine: this.searchService.engineName };
  }
}
