import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import schema from 'virtual:fanben-schema';
import { apolloClient } from './client';
import { toApiError } from './errors';

const graphQLProvider = buildGraphQLProvider({
  client: apolloClient,
  // The schema is the committed one (vite.config.ts): no introspection request, which production refuses.
  introspection: { schema },
});

/** react-admin's data provider: ra-data-graphql-simple on our API, its errors carrying the API's codes. */
export const dataProvider: DataProvider = new Proxy(graphQLProvider, {
  get(target, name, receiver) {
    const value = Reflect.get(target, name, receiver);
    if (typeof value !== 'function') return value;
    return async (...args: unknown[]) => {
      try {
        return await value.apply(target, args);
      } catch (error) {
        throw toApiError(error);
      }
    };
  },
});

export { callApi } from './api';
export { ApiError, errorCodeOf } from './errors';
export { session, type Role, type SessionUser } from './session';
