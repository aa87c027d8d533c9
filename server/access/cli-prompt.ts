// Reading a password for the user CLI: from a terminal without echo (asked twice), or from
// standard input (`--password-stdin`, for scripts and secret stores).

export class CliInputError extends Error {}

/** Everything on standard input, less one trailing line break. */
export async function readStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks twice without echo; refuses when the two differ. */
export async function promptNewPassword(): Promise<string> {
  const first = await promptHidden('New password: ');
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) throw new CliInputError('the two passwords differ; nothing was changed');
  return first;
}

function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (outcome: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(() => resolve(value));
        // Ctrl-C or Ctrl-D: give up without a password.
        if (ch === '\u0003' || ch === '\u0004') return finish(() => reject(new CliInputError('cancelled; nothing was changed')));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on('data', onData);
  });
}
