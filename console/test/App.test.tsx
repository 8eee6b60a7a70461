import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/App';
import { mockApi, page, user } from './support';

describe('App shell', () => {
  beforeEach(() => window.history.replaceState(null, '', '/console/'));

  it('offers the agency log-in when there is no session', async () => {
    mockApi({ 'GET /bff/session': { status: 401, body: { title: 'Unauthorized', status: 401 } } });
    render(<App />);
    const login = await screen.findByRole('link', { name: 'Log in with your agency' });
    expect(login).toHaveAttribute('href', '/oauth2/authorization/sequestra');
  });

  it('shows user and agency, and only the pages the roles allow', async () => {
    mockApi({ 'GET /bff/session': { body: user('PROSECUTOR') } });
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Freeze status' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Cases and assets' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Freezing requests' })).toBeNull();
    expect(screen.getByText('Nel User · NL-ARO')).toBeInTheDocument();
  });

  it('shows a supervisor cases, tracing and statistics but not the authorities\' inbox', async () => {
    mockApi({ 'GET /bff/session': { body: user('ARO_SUPERVISOR') } });
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Freeze status', 'Cases and assets', 'Import and tracing', 'Statistics']);
  });

  it('shows an executing authority only the requests inbox', async () => {
    mockApi({ 'GET /bff/session': { body: user('EXECUTING_AUTHORITY') } });
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Freezing requests']);
  });

  it('logs out with the CSRF header and goes to the hub end-session URL', async () => {
    document.cookie = 'XSRF-TOKEN=tok-123';
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin, pathname: '/console/', search: '' });
    const { calls } = mockApi({
      'GET /bff/session': { body: user('PROSECUTOR') },
      'POST /bff/logout': { body: { logoutUrl: 'https://hub.example/logout?id_token_hint=x' } },
    });
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('https://hub.example/logout?id_token_hint=x'));
    const logout = calls.find((c) => c.url.pathname === '/bff/logout')!;
    expect(logout.headers.get('X-XSRF-TOKEN')).toBe('tok-123');
  });

  it('says the session expired when the API answers 401', async () => {
    mockApi({
      'GET /bff/session': { body: user('PROSECUTOR') },
      'GET /api/v1/freeze-status': { status: 401, body: { title: 'Unauthorized', status: 401 } },
      'GET /api/v1/freezing-requests/search': { status: 401, body: { title: 'Unauthorized', status: 401 } },
    });
    window.history.replaceState(null, '', '/console/freeze-status');
    render(<App />);
    await userEvent.type(await screen.findByLabelText('Identifier'), 'NL91ABNA0417164300');
    await userEvent.type(screen.getByLabelText('Purpose'), 'case 12');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Your session has expired. Log in again to continue.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log in with your agency' })).toBeInTheDocument();
  });
});

describe('Navigation', () => {
  it('moves to a page without reloading and puts the focus on the new content', async () => {
    window.history.replaceState(null, '', '/console/');
    mockApi({
      'GET /bff/session': { body: user('ARO_SUPERVISOR') },
      'GET /api/v1/cases': { body: { items: [], page: page(0) } },
      'GET /api/v1/hits': { body: { items: [], page: page(0) } },
    });
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Cases and assets' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases and assets' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/console/cases');
    expect(within(nav).getByRole('link', { name: 'Cases and assets' })).toHaveAttribute('aria-current', 'page');
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
