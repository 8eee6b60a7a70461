import { vi } from 'vitest';

/** A canned answer of the mocked API: status, JSON body and headers. */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Call {
  method: string;
  url: URL;
  headers: Headers;
  body?: string;
}

/**
 * Replaces fetch at the network boundary: each route maps `METHOD /path` (no query) to a reply
 * or a function of the call. Unknown routes answer 404 problem+json so a test never hangs.
 */
export function mockApi(routes: Record<string, Reply | ((call: Call) => Reply)>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.origin), init);
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.clone().text();
    const call: Call = { method: request.method, url, headers: request.headers, body };
    calls.push(call);
    const route = routes[`${request.method} ${url.pathname}`];
    const reply = typeof route === 'function' ? route(call) : route;
    if (!reply) {
      return new Response(JSON.stringify({ title: 'Not Found', status: 404 }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    const status = reply.status ?? 200;
    const isProblem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: {
        'Content-Type': isProblem ? 'application/problem+json' : 'application/json',
        ...reply.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export const page = (n: number) => ({ page: 0, size: 20, totalElements: n, totalPages: n > 0 ? 1 : 0 });

export function user(...roles: string[]) {
  return { username: 'nl-user', displayName: 'Nel User', agency: 'NL-ARO', roles };
}
