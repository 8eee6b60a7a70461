import { createContext, useContext, useEffect, useState } from 'react';
import { csrfHeaders, SESSION_EXPIRED_EVENT } from './api/http';

/** `GET /bff/session` of the gateway (the console contract; not part of the service contracts). */
export interface SessionUser {
  username: string;
  agency: string;
  roles: string[];
  displayName?: string;
}

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'anonymous'; expired: boolean }
  | { kind: 'error' }
  | { kind: 'user'; user: SessionUser };

export const LOGIN_URL = '/oauth2/authorization/sequestra';

export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  useEffect(() => {
    let active = true;
    fetch('/bff/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!active) return;
        if (response.status === 401) setState({ kind: 'anonymous', expired: false });
        else if (response.ok) setState({ kind: 'user', user: (await response.json()) as SessionUser });
        else setState({ kind: 'error' });
      })
      .catch(() => active && setState({ kind: 'error' }));
    const expired = () => setState({ kind: 'anonymous', expired: true });
    window.addEventListener(SESSION_EXPIRED_EVENT, expired);
    return () => {
      active = false;
      window.removeEventListener(SESSION_EXPIRED_EVENT, expired);
    };
  }, []);
  return state;
}

/** Ends the gateway's session, then the hub's: the answer names the hub's end-session URL. */
export async function logOut(): Promise<void> {
  const response = await fetch('/bff/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...csrfHeaders('POST') },
  });
  let target = '/console/';
  if (response.ok) {
    const body = (await response.json()) as { logoutUrl?: string };
    if (body.logoutUrl) target = body.logoutUrl;
  }
  window.location.assign(target);
}

export function hasAnyRole(user: SessionUser, roles: readonly string[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** The logged-in user, for pages that show or hide actions by role. */
export const UserContext = createContext<SessionUser>({ username: '', agency: '', roles: [] });

export function useUser(): SessionUser {
  return useContext(UserContext);
}
