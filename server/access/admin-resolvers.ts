// Users and API tokens for the admin: thin resolvers over ./admin-service.ts.
import type { Resolvers } from '../graphql/generated';
import { apiEnum } from '../graphql/models';
import { isDemoUsername } from './demo-users';
import { addUserAsAdmin, apiTokensOf, issueTokenFor, revokeToken, allUsers } from './admin-service';

export const adminResolvers: Resolvers = {
  Query: {
    users: (_root, _args, ctx) => allUsers(ctx),
    apiTokens: (_root, { username }, ctx) => apiTokensOf(ctx, username ?? null),
  },
  Mutation: {
    addUser: (_root, { input }, ctx) => addUserAsAdmin(ctx, input),
    issueApiToken: (_root, { username, label }, ctx) => issueTokenFor(ctx, username, label, new Date()),
    revokeApiToken: (_root, { id }, ctx) => revokeToken(ctx, id, new Date()),
  },
  User: {
    id: (u) => String(u.id),
    role: (u) => apiEnum(u.role),
    isDemoAccount: (u) => isDemoUsername(u.username),
    createdAt: (u) => u.createdAt.toISOString(),
  },
  ApiToken: {
    id: (t) => String(t.id),
    createdAt: (t) => t.createdAt.toISOString(),
    lastUsedAt: (t) => t.lastUsedAt?.toISOString() ?? null,
    revokedAt: (t) => t.revokedAt?.toISOString() ?? null,
  },
};
