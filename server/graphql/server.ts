// Apollo Server over our schema; used by the HTTP app and, directly, by the API tests.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { RequestContext } from './context';
import { resolvers, typeDefs } from './schema';
import { armorSettings } from './armor';
import { logger as sharedLogger, type Logger } from '../log';
import { inputHygienePlugin } from './input-hygiene';
import { responseCachePlugin } from './response-cache-plugin';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable';

export interface ApiOptions {
  httpServer?: Server;
  /** Schema introspection; on by default except when NODE_ENV=production. */
  introspection?: boolean;
  /** Where failures are logged (with the request id); the process logger by default. */
  logger?: Logger;
  /** Also told of every internal error (tests count them). */
  logError?: (error: unknown) => void;
}

/** Internal errors of a request, mapped to the request id they were logged under. */
type LoggedErrors = WeakMap<object, string>;

export const INTERNAL_MESSAGE = 'Internal server error';

export function introspectionEnabled(option: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  return option ?? env.NODE_ENV !== 'production';
}

/** Errors we raise for the caller carry a code; anything without one is a failure of ours. */
function isDeliberate(code: unknown): boolean {
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}

/** The non-GraphQL error underneath a refusal (e.g. the database error behind ACCESS_LOG_UNAVAILABLE). */
function causeOf(error: GraphQLError): Error | undefined {
  let current: Error | undefined = error.originalError;
  while (current instanceof GraphQLError) current = current.originalError;
  return current;
}

/**
 * graphql-js suggests similar names ("Did you mean …?"); with introspection off that would leak the
 * schema. Armor masks field suggestions only; this also drops enum-value ones and armor's mask.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*(?:Did you mean [^?]*|\[Suggestion hidden\])\?/g, '').trim();
}

/** Logs every error of a request with its request id, so a quoted id finds the full story. */
export function errorLoggingPlugin(log: Logger, logged: LoggedErrors, observe?: (error: unknown) => void): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const requestId = contextValue.requestId ?? randomUUID();
          for (const error of errors) {
            const code = error.extensions?.code;
            const record = { requestId, operationName, path: error.path, code };
            if (!isDeliberate(code)) {
              const original = unwrapResolverError(error);
              logged.set(error, requestId);
              log.error({ ...record, err: original }, 'GraphQL request failed');
              observe?.(original);
            } else if (causeOf(error)) {
              log.warn({ ...record, err: causeOf(error) }, error.message);
            } else {
              log.debug(record, error.message);
            }
          }
        },
      };
    },
  };
}

/**
 * What the caller sees. Errors we raised pass through with their code (extensions.http and
 * anything else internal dropped); every other error is masked, with the request id to quote.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, requestIdOf: (error: unknown) => string): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isDeliberate(code)) {
    return { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (isDatabaseUnavailable(error)) {
    // Retryable and not our bug: say so, so the dashboard and scripts can tell it from a failure of ours.
    return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE', requestId: requestIdOf(error) } };
  }
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: requestIdOf(error) } };
}

/** The id an internal error was logged under; errors that bypassed the plugin are logged here. */
function requestIdLookup(log: Logger, logged: LoggedErrors, observe?: (error: unknown) => void): (error: unknown) => string {
  return (error) => {
    const known = typeof error === 'object' && error !== null ? logged.get(error) : undefined;
    if (known) return known;
    const requestId = randomUUID();
    const original = unwrapResolverError(error);
    log.error({ requestId, err: original }, 'GraphQL error outside the request pipeline');
    observe?.(original);
    return requestId;
  };
}

export function createApolloServer(options: ApiOptions = {}): ApolloServer<RequestContext> {
  const log = options.logger ?? sharedLogger();
  const logged: LoggedErrors = new WeakMap();
  const requestIdOf = requestIdLookup(log, logged, options.logError);
  const armor = armorSettings();
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: resolvers as never,
    introspection: introspectionEnabled(options.introspection),
    // Apollo's default, stated: a simple (CSRF-able) request must carry a preflight-forcing header.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // The process's own shutdown (server/startup/shutdown.ts) drains HTTP first and then stops Apollo.
    stopOnTerminationSignals: false,
    logger: log, // Apollo's own warnings (e.g. a failing plugin) go to the same JSON log
    ...armor,
    formatError: (formatted, error) => maskError(formatted, error, requestIdOf),
    plugins: [
      ...armor.plugins,
      inputHygienePlugin<RequestContext>(),
      errorLoggingPlugin(log, logged, options.logError),
      responseCachePlugin(),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ],
  });
}
