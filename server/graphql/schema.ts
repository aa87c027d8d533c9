// The executable API: schema.graphql (schema-first) and the resolvers of every capability.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Resolvers } from './generated';
import { DateScalar, DateTimeScalar } from './scalars';
import { organisationResolvers } from '../organisation/resolvers';
import { caseResolvers } from '../cases/resolvers';
import { datasetResolvers } from '../dataset/resolvers';
import { figuresResolvers } from '../figures/resolvers';
import { deadlineResolvers } from '../deadlines/resolvers';
import { continuityResolvers } from '../continuity/resolvers';
import { complaintResolvers } from '../complaints/resolvers';
import { resourceResolvers } from '../resources/resolvers';
import { targetResolvers } from '../targets/resolvers';
import { indicatorResolvers } from '../indicators/resolvers';
import { citizenResolvers } from '../citizens/resolvers';
import { accessResolvers } from '../access/resolvers';
import { accessLogResolvers } from '../access-log/resolvers';
import { adminResolvers } from '../access/admin-resolvers';
import { roundResolvers } from '../reviews/round-resolvers';
import { reviewResolvers } from '../reviews/review-resolvers';
import { publicTimesResolvers } from '../public-times/resolvers';
import { guardRootResolvers } from '../access/operations';
import { buildSchema, type GraphQLObjectType } from 'graphql';

export const typeDefs = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');

/** Merges per-capability resolver maps type by type; a field defined twice is a programming error. */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

/** The root fields (operations) of the schema, by root type: what the access rules must cover. */
export function rootFields(source: string): Record<string, string[]> {
  const schema = buildSchema(source);
  const roots = [schema.getQueryType(), schema.getMutationType()].filter((t): t is GraphQLObjectType => !!t);
  return Object.fromEntries(roots.map((t) => [t.name, Object.keys(t.getFields())]));
}

export const resolvers: Resolvers = {
  ...guardRootResolvers(
    mergeResolvers(organisationResolvers, caseResolvers, datasetResolvers, figuresResolvers, deadlineResolvers, continuityResolvers, complaintResolvers, resourceResolvers, targetResolvers, indicatorResolvers, citizenResolvers, accessResolvers, accessLogResolvers, adminResolvers, roundResolvers, reviewResolvers, publicTimesResolvers),
    rootFields(typeDefs),
  ),
  Date: DateScalar,
  DateTime: DateTimeScalar,
};
