// Operations built from the schema itself, so a test can call every root operation (today's and
// any added later) with valid sample arguments and select every field, and can list the types an
// operation's answer can reach.
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';

const SCALAR_SAMPLES: Record<string, string> = {
  ID: '"x"', String: '"x"', Int: '1', Float: '1', Boolean: 'false', Date: '"2020-01-01"', DateTime: '"2020-01-01T00:00:00Z"',
};

/** A literal of the input type that passes validation (required fields only). */
export function sampleLiteral(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleLiteral(type.ofType);
  if (isListType(type)) return `[${sampleLiteral(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${sampleLiteral(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) return SCALAR_SAMPLES[type.name] ?? '"x"';
  throw new Error(`no sample for ${String(type)}`);
}

function argumentList(args: readonly GraphQLArgument[]): string {
  const required = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  return required.length === 0 ? '' : `(${required.map((a) => `${a.name}: ${sampleLiteral(a.type)}`).join(', ')})`;
}

/** Every field of the type down to `depth` object levels (`__typename` where it stops). */
export function fullSelection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  if (depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields()).map((f) => `${f.name}${argumentList(f.args)} ${fullSelection(f.type, depth - 1)}`.trim());
  return `{ ${fields.join(' ')} }`;
}

export interface RootOperation { name: string; keyword: 'query' | 'mutation'; field: string; source: string }

/** Every root operation with sample arguments: `depth` levels of fields, or only `__typename`. */
export function rootOperations(schema: GraphQLSchema, depth: number): RootOperation[] {
  const roots = [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const;
  return roots.flatMap(([keyword, root]) => (root ? Object.values(root.getFields()) : []).map((field) => ({
    name: `${root!.name}.${field.name}`, keyword, field: field.name,
    source: `${keyword} { ${field.name}${argumentList(field.args)} ${fullSelection(field.type, depth)} }`,
  })));
}

/** The names of every type an answer of `type` can contain, with the field names on the way. */
export function reachable(type: GraphQLOutputType): { types: Set<string>; fields: Set<string> } {
  const types = new Set<string>();
  const fields = new Set<string>();
  const visit = (t: GraphQLOutputType) => {
    const named = getNamedType(t);
    if (types.has(named.name)) return;
    types.add(named.name);
    if (!isObjectType(named)) return;
    for (const field of Object.values(named.getFields())) {
      fields.add(field.name);
      visit(field.type);
    }
  };
  visit(type);
  return { types, fields };
}
