// The arguments of `npm run user -- …`, parsed into a command. Pure, so every refusal is tested.
import { isRole, type Role } from './roles';

export type UserCommand =
  | { kind: 'add'; username: string; role: Role; departmentIds: string[]; displayName: string | null; passwordStdin: boolean; caseworkerId?: string }
  | { kind: 'token'; username: string; label: string | null }
  | { kind: 'tokens'; username: string | null }
  | { kind: 'revoke'; id: number }
  | { kind: 'list' }
  | { kind: 'disable'; username: string }
  | { kind: 'passwd'; username: string; passwordStdin: boolean }
  | { kind: 'help' };

export type ParsedArgs = { ok: true; command: UserCommand } | { ok: false; message: string };

export const USAGE = `usage: npm run user -- <command>
  add <username> --role <role> [--department <id>]… [--name "<display name>"] [--caseworker <id>] [--password-stdin]
  passwd <username> [--password-stdin]
  disable <username>
  list
  token <username> [--label <text>]
  tokens [<username>]
  revoke <token id>
roles: admin, director, manager, reviewer, committee (a manager needs at least one --department).
--caseworker links the user's own imported caseworker id: they are never given a case they held.
Without --password-stdin, add asks for the password on a terminal; elsewhere it creates an
account without a password (single sign-on only).`;

type OptionKind = 'value' | 'list' | 'flag';
interface Spec { required: string[]; optional?: string; options: Record<string, OptionKind> }

const SPECS: Record<Exclude<UserCommand['kind'], 'help'>, Spec> = {
  add: { required: ['username'], options: { role: 'value', department: 'list', name: 'value', caseworker: 'value', 'password-stdin': 'flag' } },
  passwd: { required: ['username'], options: { 'password-stdin': 'flag' } },
  disable: { required: ['username'], options: {} },
  list: { required: [], options: {} },
  token: { required: ['username'], options: { label: 'value' } },
  tokens: { required: [], optional: 'username', options: {} },
  revoke: { required: ['token id'], options: {} },
};

interface Split { positionals: string[]; values: Map<string, string[]>; flags: Set<string> }

export function parseUserArgs(argv: readonly string[]): ParsedArgs {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { ok: true, command: { kind: 'help' } };
  if (!(name in SPECS)) return fail(`unknown command "${name}"`);
  const kind = name as keyof typeof SPECS;
  const split = splitArgs(kind, rest, SPECS[kind]);
  return typeof split === 'string' ? fail(split) : build(kind, split);
}

function splitArgs(kind: string, args: readonly string[], spec: Spec): Split | string {
  const split: Split = { positionals: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) { split.positionals.push(arg); continue; }
    const [option, inline] = splitInline(arg.slice(2));
    const optionKind = spec.options[option];
    if (!optionKind) return `${kind}: unknown option --${option}`;
    if (optionKind === 'flag') {
      if (inline !== undefined) return `${kind}: --${option} takes no value`;
      split.flags.add(option);
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return `${kind}: --${option} needs a value`;
    if (optionKind === 'value' && split.values.has(option)) return `${kind}: --${option} given twice`;
    split.values.set(option, [...(split.values.get(option) ?? []), value]);
  }
  const max = spec.required.length + (spec.optional ? 1 : 0);
  if (split.positionals.length < spec.required.length) return `${kind}: missing <${spec.required[split.positionals.length]}>`;
  if (split.positionals.length > max) return `${kind}: unexpected argument "${split.positionals[max]}"`;
  return split;
}

function splitInline(option: string): [string, string | undefined] {
  const eq = option.indexOf('=');
  return eq < 0 ? [option, undefined] : [option.slice(0, eq), option.slice(eq + 1)];
}

function build(kind: keyof typeof SPECS, s: Split): ParsedArgs {
  const [first] = s.positionals;
  const value = (option: string) => s.values.get(option)?.[0] ?? null;
  switch (kind) {
    case 'add': {
      const role = value('role')?.toLowerCase();
      if (role === undefined) return fail('add: --role is required (admin, director, manager, reviewer, committee)');
      if (!isRole(role)) return fail(`add: --role "${value('role')}" is not one of admin, director, manager, reviewer, committee`);
      const departmentIds = s.values.get('department') ?? [];
      if (role === 'manager' && departmentIds.length === 0) return fail('add: a manager needs at least one --department <id>');
      const caseworker = value('caseworker');
      return ok({
        kind, username: first!, role, departmentIds, displayName: value('name'), passwordStdin: s.flags.has('password-stdin'),
        ...(caseworker === null ? {} : { caseworkerId: caseworker }),
      });
    }
    case 'passwd': return ok({ kind, username: first!, passwordStdin: s.flags.has('password-stdin') });
    case 'disable': return ok({ kind, username: first! });
    case 'list': return ok({ kind });
    case 'token': return ok({ kind, username: first!, label: value('label') });
    case 'tokens': return ok({ kind, username: first ?? null });
    case 'revoke': {
      const id = /^[1-9]\d{0,9}$/.test(first!) ? Number(first) : NaN;
      return Number.isSafeInteger(id) && id <= 2_147_483_647 ? ok({ kind, id }) : fail(`revoke: "${first}" is not a token id (a positive whole number)`);
    }
  }
}

const ok = (command: UserCommand): ParsedArgs => ({ ok: true, command });
const fail = (message: string): ParsedArgs => ({ ok: false, message });
