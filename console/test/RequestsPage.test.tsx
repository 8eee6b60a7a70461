import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RequestsPage } from '../src/pages/RequestsPage';
import { UserContext } from '../src/session';
import { mockApi, page, user, type Reply } from './support';

const REQUEST_ID = '55555555-5555-4555-8555-555555555555';
const ASSET_ID = '66666666-6666-4666-8666-666666666666';

const overdueDeadline = {
  rule: 'URGENT_FREEZING_RECOGNITION',
  legalBasis: 'Regulation (EU) 2018/1805 Art 9(3)',
  startedAt: '2026-03-01T08:00:00Z',
  dueAt: '2026-03-03T08:00:00Z',
  state: 'OVERDUE',
};

function request(overrides: Record<string, unknown> = {}) {
  return {
    id: REQUEST_ID,
    instrument: 'REGULATION_2018_1805',
    kind: 'FREEZING',
    status: 'UNDER_CONSULTATION',
    urgent: true,
    issuingAgency: 'NL-ARO',
    issuingCountry: 'NL',
    executingAgency: 'ES-ARO',
    executingCountry: 'ES',
    caseId: '77777777-7777-4777-8777-777777777777',
    issuingReference: 'NL-OM/2026/7',
    language: 'en',
    version: 6,
    allowedActions: ['RECOGNISE', 'REFUSE'],
    deadlines: [overdueDeadline],
    freezingCertificate: {
      sectionD: {
        items: [{ assetId: ASSET_ID, description: 'Account of Tulip Holdings', identifiers: [{ type: 'IBAN', value: 'ES9121000418450200051332' }], estimatedValue: { amount: '120000.00', currency: 'EUR' } }],
      },
    },
    createdAt: '2026-03-01T07:00:00Z',
    ...overrides,
  };
}

function detailRoutes(req: object, transition?: Reply): Record<string, Reply> {
  return {
    [`GET /api/v1/freezing-requests/${REQUEST_ID}`]: { body: req, headers: { ETag: '"6"' } },
    [`GET /api/v1/freezing-requests/${REQUEST_ID}/transitions`]: {
      body: {
        requestId: REQUEST_ID,
        status: 'UNDER_CONSULTATION',
        transitions: [
          { sequence: 1, action: 'RECEIVE', fromStatus: 'TRANSMITTED', toStatus: 'RECEIVED', actor: 'es-executing', actorAgency: 'ES-ARO', occurredAt: '2026-03-01T08:00:00Z', recordedAt: '2026-03-01T08:00:00Z' },
        ],
      },
    },
    ...(transition ? { [`POST /api/v1/freezing-requests/${REQUEST_ID}/transitions`]: transition } : {}),
  };
}

function renderAs(path: string, ...roles: string[]) {
  return render(
    <UserContext.Provider value={{ ...user(...roles), agency: 'ES-ARO' }}>
      <RequestsPage path={path} />
    </UserContext.Provider>,
  );
}

describe('Freezing requests inbox', () => {
  it("lists the executing agency's requests with an overdue deadline in red and in words, and the certificate", async () => {
    const { calls } = mockApi({
      'GET /api/v1/freezing-requests': { body: { items: [request()], page: page(1) } },
      'GET /api/v1/freezing-requests/overdue': {
        body: {
          items: [{ requestId: REQUEST_ID, kind: 'FREEZING', urgent: true, status: 'UNDER_CONSULTATION', issuingAgency: 'NL-ARO', issuingReference: 'NL-OM/2026/7', executingAgency: 'ES-ARO', deadline: overdueDeadline, delayNotified: false }],
          page: page(1),
        },
      },
    });
    renderAs('/freezing-requests', 'EXECUTING_AUTHORITY');
    expect(await screen.findByRole('heading', { name: 'Overdue deadlines: 1' })).toBeInTheDocument();
    expect(screen.getByText('Not given — a delay notice is required')).toBeInTheDocument();
    const inbox = (await screen.findAllByRole('table'))[1];
    const row = within(inbox).getByRole('link', { name: 'NL-OM/2026/7' }).closest('tr')!;
    expect(row).toHaveClass('overdue');
    const badge = within(row).getByText('Overdue');
    expect(badge.closest('.deadline')).toHaveClass('deadline-overdue');
    expect(within(row).getByRole('link', { name: 'Certificate (PDF)' })).toHaveAttribute(
      'href',
      `/api/v1/freezing-requests/${REQUEST_ID}/certificate`,
    );
    expect(within(row).getByText('Recognise, Refuse')).toBeInTheDocument();
    const list = calls.find((c) => c.url.pathname === '/api/v1/freezing-requests')!;
    expect(list.url.searchParams.get('role')).toBe('executing');
  });

  it('shows an issuing authority no overdue list and asks for its issued requests', async () => {
    const { calls } = mockApi({
      'GET /api/v1/freezing-requests': { body: { items: [request({ allowedActions: [] })], page: page(1) } },
    });
    renderAs('/freezing-requests', 'ISSUING_AUTHORITY');
    expect(await screen.findByText('Nothing for you to do now.')).toBeInTheDocument();
    expect(calls.some((c) => c.url.pathname.endsWith('/overdue'))).toBe(false);
    expect(calls[0].url.searchParams.get('role')).toBe('issuing');
  });
});

describe('Freezing request page', () => {
  it('offers only the actions the API allows this caller', async () => {
    mockApi(detailRoutes(request()));
    renderAs(`/freezing-requests/${REQUEST_ID}`, 'EXECUTING_AUTHORITY');
    const form = await screen.findByRole('form', { name: 'Take the next step' });
    const options = within(within(form).getByLabelText('Action')).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Recognise', 'Refuse']);
    expect(screen.getByText('Recognition of an urgent freeze (48 h, Art 9(3))', { exact: false })).toBeInTheDocument();
    const property = screen.getByRole('cell', { name: /Account of Tulip Holdings/ }).closest('tr')!;
    expect(property).toHaveTextContent('IBAN: ES9121000418450200051332');
    expect(property).toHaveTextContent('120000.00 EUR');
  });

  it('shows the registry record kept at issue, naming the case by its national reference', async () => {
    mockApi(
      detailRoutes(
        request({
          registrySnapshots: [
            {
              assetId: 'a-1', caseId: 'c-1', caseReference: 'NL-ARO/2026/0042', type: 'BANK_ACCOUNT',
              status: 'IDENTIFIED', description: 'account held in Madrid',
              identifiers: [{ type: 'IBAN', value: 'ES9121000418450200051332' }], readAt: '2026-12-04T09:00:00Z',
            },
          ],
        }),
      ),
    );
    renderAs(`/freezing-requests/${REQUEST_ID}`, 'EXECUTING_AUTHORITY');
    expect(await screen.findByRole('heading', { name: 'As recorded in the asset registry at issue' })).toBeInTheDocument();
    const row = screen.getByRole('cell', { name: /account held in Madrid/ }).closest('tr')!;
    expect(row).toHaveTextContent('BANK_ACCOUNT, IDENTIFIED');
    expect(row).toHaveTextContent('NL-ARO/2026/0042');
    expect(row).toHaveTextContent('IBAN: ES9121000418450200051332');
  });

  it('shows no action form to a caller the API allows none', async () => {
    mockApi(detailRoutes(request({ allowedActions: [] })));
    renderAs(`/freezing-requests/${REQUEST_ID}`, 'ISSUING_AUTHORITY');
    expect(await screen.findByText('Nothing for you to do now.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Take the next step' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Record a delay notice' })).toBeNull();
  });

  it('refuses with If-Match and ground, and shows a stale request as changed meanwhile', async () => {
    const { calls } = mockApi(
      detailRoutes(request(), { status: 412, body: { title: 'Precondition Failed', status: 412 } }),
    );
    renderAs(`/freezing-requests/${REQUEST_ID}`, 'EXECUTING_AUTHORITY');
    const form = await screen.findByRole('form', { name: 'Take the next step' });
    await userEvent.selectOptions(within(form).getByLabelText('Action'), 'REFUSE');
    await userEvent.selectOptions(within(form).getByLabelText('Ground for refusal'), 'NO_DOUBLE_CRIMINALITY');
    await userEvent.type(within(form).getByLabelText('Reason'), 'not an offence in ES');
    await userEvent.click(within(form).getByRole('button', { name: 'Refuse' }));
    expect(await within(form).findByText(/changed meanwhile/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"6"');
    expect(JSON.parse(post.body!)).toEqual({ action: 'REFUSE', reason: 'not an offence in ES', refusalGround: 'NO_DOUBLE_CRIMINALITY' });
  });

  it("shows the API's violations of a refused step", async () => {
    mockApi(
      detailRoutes(request({ allowedActions: ['EXECUTE'], status: 'RECOGNISED' }), {
        status: 422,
        body: { title: 'The act is incomplete', status: 422, violations: [{ field: 'assetResults[0].value', reason: 'required for FROZEN' }] },
      }),
    );
    renderAs(`/freezing-requests/${REQUEST_ID}`, 'EXECUTING_AUTHORITY');
    const form = await screen.findByRole('form', { name: 'Take the next step' });
    await userEvent.click(within(form).getByRole('button', { name: 'Execute' }));
    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByText('assetResults[0].value')).toBeInTheDocument();
    expect(within(alert).getByText(/required for FROZEN/)).toBeInTheDocument();
  });

  it('lets the executing authority record a delay notice for an overdue deadline', async () => {
    const { calls } = mockApi({
      ...detailRoutes(request()),
      [`POST /api/v1/freezing-requests/${REQUEST_ID}/delay-notices`]: { status: 201, body: request() },
    });
    renderAs(`/freezing-requests/${REQUEST_ID}`, 'EXECUTING_AUTHORITY');
    const form = await screen.findByRole('form', { name: 'Record a delay notice' });
    await userEvent.type(within(form).getByLabelText('Why the deadline cannot be met'), 'court closed');
    await userEvent.type(within(form).getByLabelText('Decision or execution expected by'), '2030-03-05T10:00');
    await userEvent.click(within(form).getByRole('button', { name: 'Record delay notice' }));
    await waitFor(() => expect(calls.some((c) => c.url.pathname.endsWith('/delay-notices'))).toBe(true));
    const post = calls.find((c) => c.url.pathname.endsWith('/delay-notices'))!;
    expect(post.headers.get('If-Match')).toBe('"6"');
    expect(JSON.parse(post.body!).reason).toBe('court closed');
  });
});
