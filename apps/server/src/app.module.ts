import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { DEFAULT_LANGUAGE } from '@sim-se/shared';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { AppErrorFilter } from './common/errors/app-error.filter.js';
import { formatGraphqlError } from './common/errors/graphql-error-formatter.js';
import { queryLimitsRule } from './common/graphql/query-limits.js';
import { noNulInQueryTextRule } from './common/graphql/reject-nul-characters.js';
import { requestScope } from './common/logging/request-context.js';
import { LOGGER } from './common/logging/logger.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DEPENDENCIES } from './runtime/tokens.js';
import type { Dependencies } from './runtime/dependencies.js';
import { FEATURE_MODULES } from './modules/index.js';

export interface AppModuleOptions {
  config: AppConfig;
  dependencies: Dependencies;
  logger: Logger;
}

export interface GraphqlContext {
  req: Request;
  res: Response;
}

/** Provides the validated settings, the logger and the running dependencies everywhere. */
@Global()
@Module({})
class CoreModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: APP_CONFIG, useValue: options.config },
        { provide: LOGGER, useValue: options.logger },
        { provide: DEPENDENCIES, useValue: options.dependencies },
      ],
      exports: [APP_CONFIG, LOGGER, DEPENDENCIES],
    };
  }
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const { config, dependencies, logger } = options;
    return {
      module: AppModule,
      imports: [
        CoreModule.register(options),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(dependencies.databaseUrl, logger),
          migrationsRun: true,
          autoLoadEntities: true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          graphiql: config.environment !== 'production',
          introspection: config.environment !== 'production',
          validationRules: [queryLimitsRule, noNulInQueryTextRule],
          context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
          formatError: (formatted, error) => {
            const scope = requestScope.getStore();
            return formatGraphqlError(
              formatted,
              error,
              scope?.language ?? DEFAULT_LANGUAGE,
              scope?.log ?? logger,
            );
          },
        }),
        ...FEATURE_MODULES,
      ],
    };
  }
}
