// `npm run user`: argument parsing (pure), and the commands against PGlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUserArgs, type UserCommand } from '../../server/access/cli-args';
import { runUserCommand, type CliIo } from '../../server/access/cli';
import { CliInputError } from '../../server/access/cli-prompt';
import { AccessInputError } from '../../server/access/user-input';
import { findUserByUsername } from '../../server/access/users';
import { viewerFromToken } from '../../server/access/tokens';
import { importDataSet } from '../../server/importer/service';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { SMALL_FIXTURE, TEST_SECRET } from '../helpers/fixtures';

const parsed = (...argv: string[]) => parseUserArgs(argv);
const command = (...argv: string[]): UserCommand => {
  const result = parseUserArgs(argv);
  if (!result.ok) throw new Error(result.message);
  return result.command;
};

describe('parseUserArgs', () => {
  it('reads every command', () => {
    expect(parsed('add', 'lea', '--role', 'Manager', '--department', 'BCH', '--department=BORN', '--name', 'Lea Leder', '--password-stdin')).toEqual({
      ok: true, command: { kind: 'add', username: 'lea', role: 'manager', departmentIds: ['BCH', 'BORN'], displayName: 'Lea Leder', passwordStdin: true },
    });
    expect(command('add', 'dorte', '--role=director')).toEqual({ kind: 'add', username: 'dorte', role: 'director', departmentIds: [], displayName: null, passwordStdin: false });
    expect(command('passwd', 'lea')).toEqual({ kind: 'passwd', username: 'lea', passwordStdin: false });
    expect(command('disable', 'lea')).toEqual({ kind: 'disable', username: 'lea' });
    expect(command('list')).toEqual({ kind: 'list' });
    expect(command('token', 'lea', '--label', 'nightly export')).toEqual({ kind: 'token', username: 'lea', label: 'nightly export' });
    expect(command('token', 'lea')).toEqual({ kind: 'token', username: 'lea', label: null });
    expect(command('tokens')).toEqual({ kind: 'tokens', username: null });
    expect(command('tokens', 'lea')).toEqual({ kind: 'tokens', username: 'lea' });
    expect(command('revoke', '17')).toEqual({ kind: 'revoke', id: 17 });
    for (const help of [[], ['help'], ['--help'], ['-h']]) expect(parseUserArgs(help)).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it('refuses bad input with a message naming the problem', () => {
    const cases: Array<[string[], string]> = [
      [['frob'], 'unknown command "frob"'],
      [['add'], 'add: missing <username>'],
      [['add', 'lea'], 'add: --role is required (admin, director, manager, reviewer, committee)'],
      [['add', 'lea', '--role', 'king'], 'add: --role "king" is not one of admin, director, manager, reviewer, committee'],
      [['add', 'lea', '--role', 'manager'], 'add: a manager needs at least one --department <id>'],
      [['add', 'lea', '--role'], 'add: --role needs a value'],
      [['add', 'lea', '--role', '--name', 'x'], 'add: --role needs a value'],
      [['add', 'lea', '--role', 'admin', '--role', 'director'], 'add: --role given twice'],
      [['add', 'lea', '--role', 'admin', '--password-stdin=yes'], 'add: --password-stdin takes no value'],
      [['add', 'lea', 'bo', '--role', 'admin'], 'add: unexpected argument "bo"'],
      [['add', 'lea', '--rolle', 'admin'], 'add: unknown option --rolle'],
      [['token', 'lea', '--department', 'X'], 'token: unknown option --department'],
      [['tokens', 'lea', 'bo'], 'tokens: unexpected argument "bo"'],
      [['revoke'], 'revoke: missing <token id>'],
      [['revoke', 'abc'], 'revoke: "abc" is not a token id (a positive whole number)'],
      [['revoke', '0'], 'revoke: "0" is not a token id (a positive whole number)'],
      [['revoke', '99999999999'], 'revoke: "99999999999" is not a token id (a positive whole number)'],
      [['list', 'all'], 'list: unexpected argument "all"'],
    ];
    for (const [argv, message] of cases) expect(parseUserArgs(argv), argv.join(' ')).toEqual({ ok: false, message });
  });
});

describe('runUserCommand', () => {
  let database: TestDatabase;
  let lines: string[] = [];
  let password: string | null = null;
  const io: CliIo = { out: (line) => lines.push(line), readPassword: async () => password, now: () => new Date('2025-03-03T08:00:00Z') };
  const run = async (...argv: string[]) => { lines = []; await runUserCommand(database.db, command(...argv), io); return lines; };

  beforeAll(async () => {
    database = await createTestDatabase();
    await importDataSet(database.db, { folder: SMALL_FIXTURE, secret: TEST_SECRET, startedBy: 'test' });
  });
  afterAll(() => database.dispose());

  it('adds users with or without a password and lists them', async () => {
    expect(await run('add', 'Lea', '--role', 'manager', '--department', 'BCH', '--name', 'Lea Leder'))
      .toEqual(['Added "lea" (Lea Leder): manager, departments BCH, no password (single sign-on only).']);
    password = 'en rigtig lang kode';
    expect(await run('add', 'dorte', '--role', 'director')).toEqual(['Added "dorte" (dorte): director, password.']);
    password = null;
    expect(await run('list')).toEqual(['"dorte" (dorte): director, password', '"lea" (Lea Leder): manager, departments BCH, no password (single sign-on only)']);
    await expect(run('add', 'bo', '--role', 'manager', '--department', 'NOPE')).rejects.toThrow(AccessInputError);
    await expect(run('add', 'bo', '--role', 'manager', '--department', 'NOPE')).rejects.toThrow('departmentIds: no department has the id "NOPE"');
  });

  it('prints a token once, lists tokens without it, revokes', async () => {
    const [, token] = await run('token', 'dorte', '--label', 'backup');
    expect(token).toMatch(/^tls_/);
    expect((await viewerFromToken(database.db, token!, new Date()))?.username).toBe('dorte');
    const listed = await run('tokens', 'dorte');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/^\d+\tdorte\tbackup\tcreated 2025-03-03T08:00:00.000Z\tlast used .*\tactive$/);
    expect(listed.join('\n')).not.toContain(token!.slice(4));
    const id = listed[0]!.split('\t')[0]!;
    expect(await run('revoke', id)).toEqual([`Revoked token ${id} of "dorte" (backup).`]);
    expect(await viewerFromToken(database.db, token!, new Date())).toBeNull();
    await expect(run('revoke', '999')).rejects.toThrow(new CliInputError('revoke: no API token has the id 999'));
    await expect(run('tokens', 'nobody')).rejects.toThrow('username: no user is called "nobody"');
  });

  it('sets passwords only when one is given, and disables', async () => {
    await expect(run('passwd', 'lea')).rejects.toThrow('passwd: run it on a terminal or pass --password-stdin');
    password = 'lederens nye kode';
    await run('passwd', 'lea');
    expect((await findUserByUsername(database.db, 'lea'))?.passwordHash).toMatch(/^scrypt\$131072\$/);
    expect(await run('disable', 'lea')).toEqual(['Disabled "lea" (Lea Leder): manager, departments BCH, password, disabled; its sessions have ended and its tokens no longer work.']);
  });
});
