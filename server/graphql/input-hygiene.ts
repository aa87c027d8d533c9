// PostgreSQL text cannot hold the NUL character, so a string with one would fail deep in a query
// as an internal error. Refuse it up front, for variables and inline literals alike.
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

function literalHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, { StringValue: (node) => { if (node.value.includes('\u0000')) found = true; } });
  return found;
}

function refuse(where: string): GraphQLError {
  return new GraphQLError(`${where}: text must not contain the NUL character (U+0000)`, {
    extensions: { code: 'BAD_USER_INPUT', argument: where, http: { status: 400 } },
  });
}

export function inputHygienePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variable = findNul(request.variables ?? {}, '');
          if (variable) throw refuse(`variable $${variable}`);
          if (literalHasNul(document)) throw refuse('query text');
        },
      };
    },
  };
}
