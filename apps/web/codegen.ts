import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations for the web app, generated from the server's schema. */
const config: CodegenConfig = {
  schema: 'apps/server/schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Rupiah: 'number' },
      },
    },
  },
};

export default config;
