// GraphiQL from the project's own packages: the explorer at /graphql works with no network.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';
import { readSession } from '../shared/session';

const http = `${location.origin}/graphql`;
const ws = http.replace(/^http/, 'ws');
const session = readSession();
const headers: Record<string, string> = session ? { authorization: `Bearer ${session.token}` } : {};
const fetcher = createGraphiQLFetcher({ url: http, subscriptionUrl: ws, headers });

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={'{\n  serverTime\n}\n'} />,
);
