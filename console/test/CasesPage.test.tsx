import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CasesPage } from '../src/pages/CasesPage';
import { UserContext } from '../src/session';
import { mockApi, page, user, type Reply } from './support';

const CASE_ID = '11111111-1111-4111-8111-111111111111';
const ASSET_ID = '22222222-2222-4222-8222-222222222222';
const SUBJECT_ID = '33333333-3333-4333-8333-333333333333';

const theCase = {
  id: CASE_ID,
  nationalReference: 'NL-ARO/2026/0042',
  title: 'Operation Tulip',
  owningAgency: 'NL-ARO',
  country: 'NL',
  openedOn: '2026-01-10',
  status: 'OPEN',
  createdAt: '2026-01-10T10:00:00Z',
  offences: ['laundering of the proceeds of crime'],
  empactPriorities: [],
  access: 'OWNER',
  version: 2,
};
const subject = {
  id: SUBJECT_ID,
  caseId: CASE_ID,
  kind: 'LEGAL_ENTITY',
  role: 'OWNER',
  legalEntity: { name: 'Tulip Holdings B.V.' },
  createdAt: '2026-01-10T10:00:00Z',
};
const asset = {
  id: ASSET_ID,
  caseId: CASE_ID,
  type: 'BANK_ACCOUNT',
  status: 'FREEZE_REQUESTED',
  description: 'Current account at ABN AMRO',
  identifiers: { iban: 'NL91ABNA0417164300' },
  warnings: [],
  createdAt: '2026-01-10T10:00:00Z',
};
const history = {
  assetId: ASSET_ID,
  status: 'FREEZE_REQUESTED',
  allowedTransitions: ['FROZEN', 'RELEASED'],
  items: [
    {
      id: '44444444-4444-4444-8444-444444444444',
      assetId: ASSET_ID,
      sequence: 1,
      fromStatus: 'IDENTIFIED',
      toStatus: 'FREEZE_REQUESTED',
      legalBasis: { orderReference: 'OM-2026-1', issuingAuthority: 'OM Rotterdam', orderDate: '2026-02-01' },
      executingCountry: 'NL',
      actor: 'FIOD',
      occurredAt: '2026-02-01T10:00:00Z',
      recordedBy: 'nl-analyst',
      recordedByAgency: 'NL-ARO',
      recordedAt: '2026-02-01T10:05:00Z',
    },
  ],
};

function caseRoutes(transition?: Reply): Record<string, Reply> {
  return {
    [`GET /api/v1/cases/${CASE_ID}`]: { body: theCase, headers: { ETag: '"2"' } },
    [`GET /api/v1/cases/${CASE_ID}/subjects`]: { body: { items: [subject], page: page(1) } },
    [`GET /api/v1/cases/${CASE_ID}/assets`]: { body: { items: [asset], page: page(1) } },
    [`GET /api/v1/assets/${ASSET_ID}/owners`]: {
      body: {
        items: [{ id: 'o1', assetId: ASSET_ID, subjectId: SUBJECT_ID, kind: 'LEGAL', sharePercentage: '100', createdAt: '2026-01-10T10:00:00Z' }],
        page: page(1),
      },
    },
    [`GET /api/v1/assets/${ASSET_ID}/valuations`]: {
      body: {
        items: [{ id: 'v1', estimatedValue: { amount: '250000.00', currency: 'EUR' }, valuationDate: '2026-01-15', eurEquivalent: { status: 'ALREADY_EUR', value: { amount: '250000.00', currency: 'EUR' } }, recordedAt: '2026-01-15T10:00:00Z' }],
        page: page(1),
      },
    },
    [`GET /api/v1/assets/${ASSET_ID}/transitions`]: { body: history, headers: { ETag: '"4"' } },
    'GET /api/v1/hits': {
      body: {
        items: [{ id: 'h1', identifierType: 'IBAN', yourAssetId: ASSET_ID, otherAgency: 'ES-ARO', otherAgencyContactPoint: { name: 'ARO Spain desk', email: 'desk@example.org' }, detectedAt: '2026-02-02T10:00:00Z', acknowledged: false }],
        page: page(1),
      },
    },
    ...(transition ? { [`POST /api/v1/assets/${ASSET_ID}/transitions`]: transition } : {}),
  };
}

function renderCase(...roles: string[]) {
  return render(
    <UserContext.Provider value={user(...roles)}>
      <CasesPage path={`/cases/${CASE_ID}`} />
    </UserContext.Provider>,
  );
}

async function openAsset() {
  await userEvent.click(await screen.findByRole('button', { name: /Current account at ABN AMRO/ }));
  await screen.findByText('OM-2026-1', { exact: false });
}

describe('Case list', () => {
  it('lists cases and sends filters and paging to the API', async () => {
    const { calls } = mockApi({
      'GET /api/v1/cases': { body: { items: [theCase], page: { page: 0, size: 20, totalElements: 45, totalPages: 3 } } },
      'GET /api/v1/hits': { body: { items: [], page: page(0) } },
    });
    render(
      <UserContext.Provider value={user('ARO_ANALYST')}>
        <CasesPage path="/cases" />
      </UserContext.Provider>,
    );
    expect(await screen.findByRole('link', { name: 'NL-ARO/2026/0042' })).toHaveAttribute('href', `/console/cases/${CASE_ID}`);
    await userEvent.selectOptions(screen.getByLabelText('Case status'), 'OPEN');
    await userEvent.type(screen.getByLabelText('Reference starts with'), 'NL-ARO/2026/');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByText('Page 1 of 3 (45 in all)');
    const listCalls = calls.filter((c) => c.url.pathname === '/api/v1/cases');
    const last = listCalls[listCalls.length - 1].url.searchParams;
    expect(last.get('status')).toBe('OPEN');
    expect(last.get('referencePrefix')).toBe('NL-ARO/2026/');
    expect(last.get('page')).toBe('1');
  });
});

describe('Case page', () => {
  it('shows subjects, assets with identifiers, ownership, valuations, history and hits', async () => {
    mockApi(caseRoutes());
    renderCase('ARO_SUPERVISOR');
    expect(await screen.findByRole('heading', { name: 'NL-ARO/2026/0042 — Operation Tulip' })).toBeInTheDocument();
    expect(await screen.findAllByText('Tulip Holdings B.V.')).not.toHaveLength(0);
    expect(screen.getByText(/NL91ABNA0417164300/)).toBeInTheDocument();
    await openAsset();
    expect(screen.getByText('Legal owner')).toBeInTheDocument();
    expect(screen.getByText('100 %')).toBeInTheDocument();
    expect(screen.getAllByText('250000.00 EUR').length).toBeGreaterThan(0);
    expect(screen.getByText('Current status: Freeze requested.', { exact: false })).toBeInTheDocument();
    expect(await screen.findByText('ES-ARO')).toBeInTheDocument();
    expect(screen.getByText('ARO Spain desk, desk@example.org')).toBeInTheDocument();
  });

  it('lets an analyst acknowledge an open hit, with the CSRF header, and shows it acknowledged', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-2';
    const routes = caseRoutes();
    const open = (routes['GET /api/v1/hits'] as { body: { items: object[] } }).body.items[0];
    const { calls } = mockApi({
      ...routes,
      'POST /api/v1/hits/h1/acknowledgement': { body: { ...open, acknowledged: true } },
    });
    renderCase('ARO_ANALYST');
    await userEvent.click(await screen.findByRole('button', { name: 'Acknowledge the IBAN hit from ES-ARO' }));
    expect(await screen.findByText('· acknowledged', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Acknowledge the/ })).toBeNull();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/hits/h1/acknowledgement');
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-2');
  });

  it('offers no acknowledgement to a supervisor (the registry leaves it to analysts)', async () => {
    mockApi(caseRoutes());
    renderCase('ARO_SUPERVISOR');
    expect(await screen.findByText('ES-ARO')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Acknowledge/ })).toBeNull();
  });

  it('records a transition with If-Match from the loaded ETag and the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-1';
    const { calls } = mockApi(
      caseRoutes({ status: 201, body: { assetId: ASSET_ID, status: 'FROZEN', allowedTransitions: [], transition: history.items[0] } }),
    );
    renderCase('ARO_SUPERVISOR');
    await openAsset();
    const form = screen.getByRole('form', { name: 'Record the next act' });
    await userEvent.selectOptions(within(form).getByLabelText('New status'), 'FROZEN');
    await userEvent.type(within(form).getByLabelText('Order reference'), 'RB-ROT 10/123456-26');
    await userEvent.type(within(form).getByLabelText('Value at this act'), '250000.00');
    await userEvent.click(within(form).getByRole('button', { name: 'Record act' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"4"');
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('csrf-1');
    expect(JSON.parse(post.body!)).toMatchObject({
      targetStatus: 'FROZEN',
      legalBasis: { orderReference: 'RB-ROT 10/123456-26' },
      value: { amount: '250000.00', currency: 'EUR' },
    });
  });

  it('sends the time of the act as now when "Took effect at" is left empty (the registry requires it)', async () => {
    const { calls } = mockApi(
      caseRoutes({ status: 201, body: { assetId: ASSET_ID, status: 'FROZEN', allowedTransitions: [], transition: history.items[0] } }),
    );
    renderCase('ARO_SUPERVISOR');
    await openAsset();
    const form = screen.getByRole('form', { name: 'Record the next act' });
    const before = Date.now();
    await userEvent.click(within(form).getByRole('button', { name: 'Record act' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = JSON.parse(calls.find((c) => c.method === 'POST')!.body!) as { occurredAt?: string };
    expect(sent.occurredAt).toBeDefined();
    const at = Date.parse(sent.occurredAt!);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('says the asset changed meanwhile on 412 instead of overwriting, and offers a reload', async () => {
    mockApi(
      caseRoutes({ status: 412, body: { title: 'Precondition Failed', status: 412, detail: 'version 4 is not current' } }),
    );
    renderCase('ARO_SUPERVISOR');
    await openAsset();
    const form = screen.getByRole('form', { name: 'Record the next act' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record act' }));
    expect(await within(form).findByText(/changed meanwhile/)).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Record act' })).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it("shows the API's violations (field and reason) of a refused act", async () => {
    mockApi(
      caseRoutes({
        status: 422,
        body: {
          title: 'The act is incomplete',
          status: 422,
          violations: [{ field: 'legalBasis.issuingAuthority', reason: 'must not be blank' }],
        },
      }),
    );
    renderCase('ARO_SUPERVISOR');
    await openAsset();
    await userEvent.click(screen.getByRole('button', { name: 'Record act' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('legalBasis.issuingAuthority')).toBeInTheDocument();
    expect(within(alert).getByText(/must not be blank/)).toBeInTheDocument();
  });

  it('offers an analyst no act that only a supervisor may record', async () => {
    mockApi(caseRoutes());
    renderCase('ARO_ANALYST');
    await openAsset();
    expect(screen.getByText(/May follow: Frozen, Released/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record the next act' })).toBeNull();
  });
});
