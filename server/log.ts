// The server's one structured logger (JSON lines on stdout, for the platform's log collector).
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** pino level, or 'silent'; defaults to LOG_LEVEL, else info (silent under Vitest). */
  level?: Level | 'silent';
  /** Tests pass a stream to read the records back. */
  destination?: DestinationStream;
}

/** Credentials must never reach the logs, wherever they turn up in a logged object. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'password',
  'token',
  '*.password',
  '*.token',
];

/** Test runs stay quiet unless someone asks for logs with LOG_LEVEL. */
export function defaultLevel(env: NodeJS.ProcessEnv = process.env): Level | 'silent' {
  if (env.LOG_LEVEL) return env.LOG_LEVEL as Level | 'silent';
  return env.VITEST ? 'silent' : 'info';
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? defaultLevel(),
    base: { service: 'tilsyn' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

let shared: Logger | undefined;

/** The process-wide logger, created on first use so LOG_LEVEL is read after configuration. */
export function logger(): Logger {
  shared ??= createLogger();
  return shared;
}
