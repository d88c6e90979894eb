import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { apiHeaders } from './session';

/**
 * One Apollo client for the data provider and the workflow screens. No cache: every screen shows what
 * the server holds now (two officers may work on the same records).
 */
export const apolloClient = new ApolloClient({
  link: new HttpLink({
    uri: '/graphql',
    fetch: (uri, options) =>
      fetch(uri, {
        ...options,
        headers: { ...(options?.headers as Record<string, string>), ...apiHeaders() },
      }),
  }),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
  },
});
