import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Dependencies } from '../../runtime/dependencies.js';
import { DEPENDENCIES } from '../../runtime/tokens.js';
import { MeilisearchEngine } from './meilisearch-engine.js';
import { PostgresEngine } from './postgres-engine.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';
import { SEARCH_ENGINE, type SearchEngine } from './search.types.js';

/** Search is global: every feature that owns findable things registers a source with it. */
@Global()
@Module({
  providers: [
    {
      provide: SEARCH_ENGINE,
      inject: [DEPENDENCIES, APP_CONFIG, DataSource],
      useFactory: (
        dependencies: Dependencies,
        config: AppConfig,
        dataSource: DataSource,
      ): SearchEngine =>
        dependencies.search.kind === 'meilisearch'
          ? new MeilisearchEngine(
              dependencies.search.host,
              dependencies.search.apiKey,
              `${config.searchIndexPrefix}content`,
            )
          : new PostgresEngine(dataSource),
    },
    SearchService,
    SearchResolver,
  ],
  exports: [SearchService],
})
export class SearchModule {}
