// Graceful stop on SIGTERM/SIGINT: stop accepting connections, let the requests already running
// finish, and only then close Apollo and the database, so no answer is cut off by a deploy.
import net, { type Socket } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** In-flight requests get this long; then their connections are cut so cleanup still fits the hard limit. */
export const DRAIN_MS = 8_000;
/** Whatever happens, the process is gone this long after the signal. */
export const HARD_LIMIT_MS = 10_000;
/** Keep-alive connections go idle as their last answer ends; close them as that happens. */
const IDLE_SWEEP_MS = 50;
const UNREAD_GRACE_MS = 1_000;
const UNREAD_SWEEPS = 5;

/** Per server: each connection and how many of its answers are under way (-1: no request read yet). */
const connections = new WeakMap<Server, Map<Socket, number>>();
const accepted = new WeakMap<Server, { count: number }>();
const acceptedCount = (server: Server) => accepted.get(server)?.count ?? 0;

/** Tracks connections and their answers, so a drain can close exactly the idle ones. */
export function trackConnections(server: Server): void {
  if (connections.has(server)) return;
  const open = new Map<Socket, number>();
  connections.set(server, open);
  const counter = { count: 0 };
  accepted.set(server, counter);
  server.on('connection', (socket: Socket) => {
    counter.count += 1;
    open.set(socket, -1);
    socket.once('close', () => open.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    open.set(socket, Math.max(open.get(socket) ?? 0, 0) + 1);
    if (!server.listening) res.setHeader('Connection', 'close');
    res.once('close', () => { if (open.has(socket)) open.set(socket, open.get(socket)! - 1); });
  });
}

/**
 * Closes connections that have answered and have nothing under way. One that has not sent a request
 * is closed only once it has stayed so over several sweeps and `unreadGraceMs`: the embedded database
 * runs on the event loop, so a request that arrived during a query may simply not have been read yet
 * (each sweep is a loop turn, and each turn reads what has arrived).
 */
function closeIdle(server: Server, startedAt: number, unreadGraceMs: number, unreadSweeps: Map<Socket, number>): void {
  for (const [socket, busy] of connections.get(server) ?? []) {
    if (busy === 0) socket.destroySoon();
    if (busy !== -1) continue;
    const sweeps = (unreadSweeps.get(socket) ?? 0) + 1;
    unreadSweeps.set(socket, sweeps);
    if (sweeps >= UNREAD_SWEEPS && Date.now() - startedAt > unreadGraceMs) socket.destroySoon();
  }
}

/**
 * Connections still waiting to be accepted are reset when the listener closes. While the embedded
 * database holds the event loop, Node accepts about one per loop turn, so turn the loop until a turn
 * accepts nothing more (or `limitMs` has passed).
 */
async function acceptWaitingConnections(server: Server, limitMs: number): Promise<void> {
  const startedAt = Date.now();
  let seen = -1;
  while (acceptedCount(server) !== seen && Date.now() - startedAt < limitMs) {
    seen = acceptedCount(server);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Resolves true when every connection ended within `drainMs`, false when the rest had to be cut. */
export async function drainServer(server: Server, drainMs = DRAIN_MS, unreadGraceMs = UNREAD_GRACE_MS): Promise<boolean> {
  trackConnections(server);
  const startedAt = Date.now();
  await acceptWaitingConnections(server, drainMs / 2);
  return new Promise((resolve) => {
    const finish = (drained: boolean) => {
      clearInterval(idleSweep);
      clearTimeout(deadline);
      resolve(drained);
    };
    const unreadSweeps = new Map<Socket, number>();
    const sweep = () => closeIdle(server, startedAt, unreadGraceMs, unreadSweeps);
    const idleSweep = setInterval(sweep, IDLE_SWEEP_MS);
    const deadline = setTimeout(() => { server.closeAllConnections(); finish(false); }, drainMs);
    // net's close, not http's: http's also drops every connection without a request in progress,
    // including those whose request has arrived but not been read. Its callback runs once the last
    // connection has closed (or at once when not listening).
    net.Server.prototype.close.call(server, () => finish(true));
    sweep();
  });
}

export interface ShutdownOptions {
  log: (line: string) => void;
  exit?: (code: number) => void;
  drainMs?: number;
  hardLimitMs?: number;
}

/** Drains, then runs `cleanup` (Apollo, database); exit code 0 when all of it went well. */
export async function shutDown(server: Server, cleanup: () => Promise<void>, options: ShutdownOptions): Promise<number> {
  const drained = await drainServer(server, options.drainMs ?? DRAIN_MS);
  if (!drained) options.log('Requests still running after the grace period were cut off.');
  try {
    await cleanup();
    return 0;
  } catch (error) {
    console.error('shutdown cleanup failed:', error);
    return 1;
  }
}

/** SIGTERM/SIGINT run `shutDown` once; a hard timer ends the process should anything hang. */
export function installShutdown(server: Server, cleanup: () => Promise<void>, options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  trackConnections(server);
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    options.log(`${signal} received: finishing in-flight requests ...`);
    setTimeout(() => { options.log('Shutdown timed out.'); exit(1); }, options.hardLimitMs ?? HARD_LIMIT_MS).unref();
    void shutDown(server, cleanup, options).then((code) => {
      options.log(code === 0 ? 'Stopped.' : 'Stopped with errors.');
      exit(code);
    });
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
}
