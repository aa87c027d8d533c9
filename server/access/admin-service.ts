// What an admin does with accounts through the API; input errors become BAD_USER_INPUT naming the field.
import type { RequestContext } from '../graphql/context';
import type { AddUserInput } from '../graphql/generated';
import type { ApiTokenModel, IssuedApiTokenModel, UserModel } from '../graphql/models';
import { badInput } from '../graphql/errors';
import { AccessInputError } from './user-input';
import { addUser, listUsers, requireUser } from './users';
import { findApiToken, issueApiToken, listApiTokens, revokeApiToken } from './tokens';

async function asInputError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AccessInputError) throw badInput(error.field, error.problem);
    throw error;
  }
}

export function allUsers(ctx: RequestContext): Promise<UserModel[]> {
  return listUsers(ctx.db);
}

/** Accounts made here have no password: they sign in through the identity provider, or get one by CLI. */
export function addUserAsAdmin(ctx: RequestContext, input: AddUserInput): Promise<UserModel> {
  return asInputError(() => addUser(ctx.db, {
    username: input.username, displayName: input.displayName, role: input.role, departmentIds: input.departmentIds,
    caseworkerId: input.caseworkerId,
  }));
}

export function apiTokensOf(ctx: RequestContext, username: string | null): Promise<ApiTokenModel[]> {
  return asInputError(async () => listApiTokens(ctx.db, username === null ? undefined : (await requireUser(ctx.db, username)).id));
}

export function issueTokenFor(ctx: RequestContext, username: string, label: string, now: Date): Promise<IssuedApiTokenModel> {
  return asInputError(async () => {
    const user = await requireUser(ctx.db, username);
    const issued = await issueApiToken(ctx.db, user.id, label, now);
    return { token: issued.token, apiToken: (await findApiToken(ctx.db, issued.id))! };
  });
}

export async function revokeToken(ctx: RequestContext, id: string, now: Date): Promise<ApiTokenModel> {
  const numeric = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const revoked = Number.isNaN(numeric) ? null : await revokeApiToken(ctx.db, numeric, now);
  if (!revoked) throw badInput('id', `no API token has the id "${id.slice(0, 40)}"`);
  return revoked;
}
