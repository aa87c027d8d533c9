// The `Date` scalar (ISO calendar dates only) and `DateTime` (ISO instants, output only).
import { GraphQLScalarType, Kind, GraphQLError } from 'graphql';
import { isIsoDate } from '../stats/calendar';

function parseDateValue(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO form YYYY-MM-DD.',
  serialize: (value) => parseDateValue(value),
  parseValue: parseDateValue,
  parseLiteral: (ast) => parseDateValue(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 form.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: () => { throw new GraphQLError('DateTime is output only'); },
  parseLiteral: () => { throw new GraphQLError('DateTime is output only'); },
});
