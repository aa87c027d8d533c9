// Apollo Server over our schema; used by the HTTP app and, directly, by the API tests.
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { RequestContext } from './context';
import { resolvers, typeDefs } from './schema';

export interface ApiOptions {
  httpServer?: Server;
  introspection?: boolean;
  logError?: (error: unknown) => void;
}

/** Errors we raised for the caller pass through; anything else is masked (no SQL, paths, stacks). */
export function maskError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  log(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export function createApolloServer(options: ApiOptions = {}): ApolloServer<RequestContext> {
  const log = options.logError ?? ((e) => console.error('[graphql]', e));
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: resolvers as never,
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, log),
    plugins: options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : [],
  });
}
