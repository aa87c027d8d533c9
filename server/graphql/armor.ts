// Limits on the shape of a GraphQL document, checked before anything runs (graphql-armor).
// Sized to what our own documents need, measured with armor's counters (flattened fragments):
//   client/graphql/*: depth ≤ 4, cost ≤ 182, tokens ≤ 67, no aliases or directives;
//   figures → children → children → scope → path → id (deepest plausible view): depth 6, cost 128;
//   case with its whole timeline: depth 5, cost 166; accessLog(first: 50) page: cost 1 563;
//   the standard introspection query of GraphiQL/Sandbox (all options on): depth 15, cost 15 582.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ParseOptions, type ValidationContext } from 'graphql';

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/**
 * Deepest selection allowed. Our deepest legitimate query nests 6 (figures → children →
 * children → scope → path → id); 2 levels of headroom. Kept tight because nested lists multiply
 * (path { path { … } } grows ~4× per level) and the cost limit cannot see list sizes.
 * Introspection's `__schema` is exempt here (it nests 15 through `ofType`) and is bounded by
 * MAX_COST instead; introspection is off in production anyway.
 */
export const MAX_DEPTH = 8;

/** Aliases per operation. The client uses none; comparing a few periods or dates side by side needs a handful. Each alias of `figures` reruns the statistics. */
export const MAX_ALIASES = 10;

/** Directives per operation. Only @include/@skip exist for queries; the client uses none; room for a few optional sections. */
export const MAX_DIRECTIVES = 10;

/**
 * Lexical tokens per document. The largest document we know is the full introspection query
 * (184 tokens; the client's largest is 67): ~5× headroom for richer dashboard queries. Parsing
 * stops at the limit, so an anonymous caller cannot make us parse or validate a huge document.
 */
export const MAX_TOKENS = 1000;

/**
 * Cost weights: armor's defaults (object 2, scalar 1, each level ×1.5), fragments flattened so
 * the client's fragment colocation costs nothing extra. `first: N` multiplies a field's cost.
 */
export const COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

/**
 * Maximum cost. Introspection counts too (`ignoreIntrospection: false`, so an introspection
 * bomb is not free): the standard introspection query costs 15 582 and the largest access-log page
 * (accessLog(first: 500), the resolver's MAX_PAGE, full entries) 15 625; ~25% headroom on
 * those. Everything the dashboard itself sends costs under 300.
 */
export const MAX_COST = 20_000;

/** Reports a refusal as a validation error (HTTP 400) without armor's misleading "Syntax Error:" prefix. */
function refuse(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  }));
}

/** Fresh per server: armor mutates the configuration it is given (it appends handlers). */
function armorConfig(): ArmorConfig {
  const reject = { exposeLimits: true, propagateOnRejection: false, onReject: [refuse] };
  return {
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, ...reject },
    maxAliases: { n: MAX_ALIASES, ...reject },
    maxDirectives: { n: MAX_DIRECTIVES, ...reject },
    costLimit: { maxCost: MAX_COST, ...COST_WEIGHTS, flattenFragments: true, ignoreIntrospection: false, ...reject },
    blockFieldSuggestion: { enabled: true },
    // Armor's Apollo token plugin throws outside Apollo's parse-error handling (HTTP 500, and
    // executeOperation rejects); graphql-js counts the same tokens natively: see parseOptions.
    maxTokens: { enabled: false },
  };
}

export interface ArmorSettings {
  plugins: ReturnType<ApolloArmor['protect']>['plugins'];
  validationRules: ReturnType<ApolloArmor['protect']>['validationRules'];
  parseOptions: ParseOptions;
  allowBatchedHttpRequests: false;
}

/** Everything to spread into the ApolloServer configuration. */
export function armorSettings(): ArmorSettings {
  const { plugins, validationRules } = new ApolloArmor(armorConfig()).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: MAX_TOKENS }, allowBatchedHttpRequests: false };
}
