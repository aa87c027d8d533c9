// `npm run user -- <command>`: user accounts and API tokens on the configured database (the
// same DATABASE_URL / TILSYN_DATA_DIR as the server). Exit code 1 with a message on bad input.
import { readConfig } from '../config';
import type { Database } from '../db/client';
import { openConfiguredDatabase } from '../db/open-configured';
import { migrateDatabase } from '../db/migrate';
import { parseUserArgs, USAGE, type UserCommand } from './cli-args';
import { CliInputError, promptNewPassword, readStdin } from './cli-prompt';
import { AccessInputError } from './user-input';
import { addUser, disableUser, listUsers, requireUser, setPassword, type UserSummary } from './users';
import { issueApiToken, listApiTokens, revokeApiToken, type ApiTokenSummary } from './tokens';

export interface CliIo {
  out: (line: string) => void;
  /** The password from stdin or the terminal; null when there is neither (no TTY, no --password-stdin). */
  readPassword: (fromStdin: boolean) => Promise<string | null>;
  now: () => Date;
}

export async function runUserCommand(db: Database, command: UserCommand, io: CliIo): Promise<void> {
  switch (command.kind) {
    case 'help': return io.out(USAGE);
    case 'add': {
      const password = await io.readPassword(command.passwordStdin);
      const { username, displayName, role, departmentIds, caseworkerId } = command;
      const user = await addUser(db, { username, displayName, role, departmentIds, password, caseworkerId });
      return io.out(`Added ${describeUser(user)}.`);
    }
    case 'passwd': {
      const password = await io.readPassword(command.passwordStdin);
      if (password === null) throw new CliInputError('passwd: run it on a terminal or pass --password-stdin');
      await setPassword(db, command.username, password);
      return io.out(`New password set for "${command.username.toLowerCase()}"; its sessions have ended.`);
    }
    case 'disable': return io.out(`Disabled ${describeUser(await disableUser(db, command.username))}; its sessions have ended and its tokens no longer work.`);
    case 'list': return printUsers(io, await listUsers(db));
    case 'token': return issueToken(db, command, io);
    case 'tokens': {
      const user = command.username === null ? null : await requireUser(db, command.username);
      return printTokens(io, await listApiTokens(db, user?.id));
    }
    case 'revoke': {
      const token = await revokeApiToken(db, command.id, io.now());
      if (!token) throw new CliInputError(`revoke: no API token has the id ${command.id}`);
      return io.out(`Revoked token ${token.id} of "${token.username}" (${token.label}).`);
    }
  }
}

async function issueToken(db: Database, command: Extract<UserCommand, { kind: 'token' }>, io: CliIo): Promise<void> {
  const user = await requireUser(db, command.username);
  const now = io.now();
  const label = command.label ?? `issued ${now.toISOString().slice(0, 10)} from the command line`;
  const { id, token } = await issueApiToken(db, user.id, label, now);
  io.out(`API token ${id} for "${user.username}" (${label}); it is shown this once:`);
  io.out(token);
  io.out('Send it as the header  Authorization: Bearer <token>');
}

function describeUser(u: UserSummary): string {
  const departments = u.departmentIds.length > 0 ? `, departments ${u.departmentIds.join(', ')}` : '';
  const caseworker = u.caseworkerId ? `, caseworker ${u.caseworkerId}` : '';
  const signIn = u.hasPassword ? 'password' : 'no password (single sign-on only)';
  return `"${u.username}" (${u.displayName}): ${u.role}${departments}${caseworker}, ${signIn}${u.disabled ? ', disabled' : ''}`;
}

function printUsers(io: CliIo, users: readonly UserSummary[]): void {
  if (users.length === 0) return io.out('No users yet: npm run user -- add <username> --role admin');
  for (const u of users) io.out(describeUser(u));
}

function printTokens(io: CliIo, tokens: readonly ApiTokenSummary[]): void {
  if (tokens.length === 0) return io.out('No API tokens.');
  for (const t of tokens) {
    const used = t.lastUsedAt ? `last used ${t.lastUsedAt.toISOString()}` : 'never used';
    const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active';
    io.out(`${t.id}\t${t.username}\t${t.label}\tcreated ${t.createdAt.toISOString()}\t${used}\t${state}`);
  }
}

/** A terminal asks (twice, no echo); stdin is read when asked to; otherwise there is no password. */
async function readPassword(fromStdin: boolean): Promise<string | null> {
  if (fromStdin) return readStdin();
  return process.stdin.isTTY ? promptNewPassword() : null;
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseUserArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n\n${USAGE}\n`);
    return 1;
  }
  const config = readConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(handle);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    await runUserCommand(handle.db, parsed.command, { out, readPassword, now: () => new Date() });
    return 0;
  } catch (error) {
    if (error instanceof AccessInputError || error instanceof CliInputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
