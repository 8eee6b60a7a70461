import type { Middleware } from 'openapi-fetch';

/** RFC 9457 problem details as the platform returns them (common.yaml#/components/schemas/Problem). */
export interface Violation {
  field: string;
  reason: string;
}
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  requestId?: string;
  violations?: Violation[];
  [extra: string]: unknown;
}

/** A failed API call: the HTTP status and the problem details the API gave (or a stand-in). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The object changed since it was read (If-Match no longer current). */
  get stale(): boolean {
    return this.status === 412;
  }
}

export const SESSION_EXPIRED_EVENT = 'sequestra:session-expired';

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Headers every state-changing call of the session needs: the CSRF token from cookie XSRF-TOKEN. */
export function csrfHeaders(method: string): Record<string, string> {
  if (SAFE_METHODS.has(method.toUpperCase())) return {};
  const token = readCookie('XSRF-TOKEN');
  return token ? { 'X-XSRF-TOKEN': token } : {};
}

export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(csrfHeaders(request.method))) {
      request.headers.set(name, value);
    }
    return request;
  },
};

/** Turns any error body into problem details; a body that is not one becomes a generic problem. */
export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object') return body as Problem;
  if (typeof body === 'string' && body.trim() !== '') {
    return { status, title: body.length > 200 ? body.slice(0, 200) : body };
  }
  return { status };
}

export function failure(status: number, body: unknown): ApiError {
  if (status === 401) window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
  return new ApiError(status, toProblem(status, body));
}

/** The result of an openapi-fetch call, or an ApiError carrying the API's problem details. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; etag: string | null; response: Response }> {
  let result;
  try {
    result = await call;
  } catch (e) {
    throw new ApiError(0, { title: e instanceof Error ? e.message : String(e) });
  }
  const { data, error, response } = result;
  if (!response.ok) throw failure(response.status, error);
  return { data: data as T, etag: response.headers.get('ETag'), response };
}
