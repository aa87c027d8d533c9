import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { accessLogPage, purgeExpiredAccessLog } from './service-admin';

export const accessLogResolvers: Resolvers = {
  Query: {
    accessLog: (_root, { filter, first, offset }, ctx) => accessLogPage(ctx, filter ?? {}, first ?? 50, offset ?? 0),
  },
  Mutation: {
    purgeAccessLog: (_root, _args, ctx) => purgeExpiredAccessLog(ctx, new Date()),
  },
  AccessLogEntry: {
    id: (e) => String(e.id),
    at: (e) => e.at.toISOString(),
    role: (e) => apiEnum(e.role),
    via: (e) => e.via.toUpperCase(),
  },
};
