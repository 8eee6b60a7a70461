import createClient from 'openapi-fetch';
import type { paths as RegistryPaths } from './generated/registry';
import type { paths as FreezingPaths } from './generated/freezing';
import type { paths as TracePaths } from './generated/trace';
import { csrfMiddleware } from './http';

// One typed client per contract. Same origin: the gateway relays the session's token; the
// browser holds only the session cookie. fetch is looked up per call so tests can replace it.
function client<P extends {}>() {
  const c = createClient<P>({
    baseUrl: globalThis.location?.origin ?? '',
    credentials: 'same-origin',
    fetch: (request: Request) => globalThis.fetch(request),
  });
  c.use(csrfMiddleware);
  return c;
}

export const registry = client<RegistryPaths>();
export const freezing = client<FreezingPaths>();
export const trace = client<TracePaths>();
