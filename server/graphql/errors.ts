// Errors a caller can act on: they name the argument and what is wrong with it.
import { GraphQLError } from 'graphql';

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
