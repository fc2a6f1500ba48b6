// One Apollo Client: queries and mutations over HTTP with the session's Bearer token, subscriptions
// over graphql-ws (split by operation); an UNAUTHENTICATED answer clears the session and sends the
// browser to /login?next=<where it was>.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { isUnauthenticated } from '../shared/errors';
import { clearSession, readSession } from '../shared/session';

export const loginPathFor = (location: { pathname: string; search: string }): string =>
  `/login?next=${encodeURIComponent(`${location.pathname}${location.search}`)}`;

export function createApolloClient(navigate: (to: string) => void): ApolloClient {
  const http = new HttpLink({ uri: '/graphql' });
  const auth = new SetContextLink((prev) => {
    const session = readSession();
    return session
      ? { headers: { ...(prev.headers as Record<string, string>), authorization: `Bearer ${session.token}` } }
      : {};
  });
  const ws = new GraphQLWsLink(
    createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      connectionParams: () => {
        const session = readSession();
        return session ? { authorization: `Bearer ${session.token}` } : {};
      },
    }),
  );
  const signedOutOnExpiry = new ErrorLink(({ error }) => {
    // on /login itself a refusal (wrong password) is the form's to show
    if (isUnauthenticated(error) && !window.location.pathname.startsWith('/login')) {
      clearSession();
      navigate(loginPathFor(window.location));
    }
  });
  const transport = ApolloLink.split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    ws,
    auth.concat(http),
  );
  return new ApolloClient({ link: signedOutOnExpiry.concat(transport), cache: new InMemoryCache() });
}
