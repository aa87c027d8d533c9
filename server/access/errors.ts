// The two refusals of the guard, with codes clients can act on (sign in again / not for your role).
import { GraphQLError } from 'graphql';

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in to use Tilsyn (session missing or expired).', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

export function forbidden(what: string): GraphQLError {
  return new GraphQLError(`Not allowed for your role: ${what}.`, { extensions: { code: 'FORBIDDEN' } });
}
