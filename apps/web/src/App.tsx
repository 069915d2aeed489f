import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { I18nProvider } from './i18n/I18nProvider';
import { createGraphQLClient } from './lib/graphql-client';
import { routes } from './routes';

export function App() {
  const client = useMemo(() => createGraphQLClient(), []);
  const router = useMemo(() => createBrowserRouter(routes), []);

  return (
    <I18nProvider>
      <GraphQLProvider value={client}>
        <RouterProvider router={router} />
      </GraphQLProvider>
    </I18nProvider>
  );
}
