import { vi } from 'vitest';
import { jsonResponse, pathOf } from './fixtures';

export type AuthHandler = (init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * A fake same-origin server: each path (`/auth/session`, `/graphql`, …) answers with its handler;
 * any other path is a 404. The mock records every call.
 */
export function fakeServer(handlers: Record<string, AuthHandler>) {
  return vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const handler = handlers[pathOf(url)];
    return handler ? handler(init) : jsonResponse({ error: 'not-found' }, 404);
  });
}

export const signedOut = () => jsonResponse({ error: 'signed-out' }, 401);
