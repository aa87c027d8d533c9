// Thin resolvers over ./api.ts: the anonymous public table and the admin's publication settings.
import type { Resolvers } from '../graphql/generated';
import { publicationSettings, publicProcessingTimes, updatePublicationSettings } from './api';

export const publicTimesResolvers: Resolvers = {
  Query: {
    publicProcessingTimes: (_root, _args, ctx) => publicProcessingTimes(ctx),
    publicationSettings: (_root, _args, ctx) => publicationSettings(ctx),
  },
  Mutation: {
    updatePublicationSettings: (_root, { input }, ctx) => updatePublicationSettings(ctx, input),
  },
};
