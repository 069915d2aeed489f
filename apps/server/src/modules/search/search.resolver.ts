import { Args, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { ErrorReason } from '@sim-se/shared';
import { AppError } from '../../common/errors/app-error.js';
import { SearchArgs } from './dto/search.args.js';
import { SearchResultsModel } from './dto/search.model.js';
import { SearchService } from './search.service.js';

const MAX_RESULTS = 50;
const MAX_QUERY_LENGTH = 200;

@Resolver()
export class SearchResolver {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  @Query(() => SearchResultsModel, {
    description: 'One query over published news, threads and listings.',
  })
  async search(@Args() args: SearchArgs): Promise<SearchResultsModel> {
    const query = args.query.trim();
    if (query.length > MAX_QUERY_LENGTH || args.first < 1 || args.first > MAX_RESULTS) {
      throw new AppError(ErrorReason.InvalidInput);
    }
    if (query === '') return { hits: [], total: 0, engine: this.searchService.engineName };

    const result = await this.searchService.search(query, args.kinds ?? [], args.first);
    return { ...result, engine: this.searchService.engineName };
  }
}
