import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FreezeStatusPage } from '../src/pages/FreezeStatusPage';
import { mockApi, page } from './support';

const frozenAsset = {
  assetId: '7d3c0f8e-1111-4b7e-9a51-0c1f6f3b2a10',
  assetType: 'BANK_ACCOUNT',
  matchedIdentifier: { field: 'iban', value: 'NL91ABNA0417164300' },
  identifiers: [{ field: 'iban', value: 'NL91ABNA0417164300' }],
  status: 'FROZEN',
  statusSince: '2026-03-02T09:00:00Z',
  frozen: true,
  freeze: {
    since: '2026-03-02T09:00:00Z',
    orderReference: 'RB-ROT 10/123456-26',
    issuingAuthority: 'Rechtbank Rotterdam',
    orderDate: '2026-03-01',
    executingCountry: 'NL',
  },
  owningAgency: 'NL-ARO',
  caseReference: 'NL-ARO/2026/0042',
};

const request = {
  id: '5b0c2a4e-9d1f-4d8e-a0f3-2f3b8c1d7e90',
  instrument: 'REGULATION_2018_1805',
  kind: 'FREEZING',
  status: 'RECEIVED',
  urgent: true,
  issuingAgency: 'NL-ARO',
  issuingCountry: 'NL',
  executingAgency: 'ES-ARO',
  executingCountry: 'ES',
  caseId: '9a1b2c3d-0000-4000-8000-000000000001',
  issuingReference: 'NL-OM/2026/7',
  language: 'en',
  version: 3,
  allowedActions: [],
  deadlines: [
    { rule: 'URGENT_FREEZING_RECOGNITION', legalBasis: 'Art 9(3)', startedAt: '2026-03-01T08:00:00Z', dueAt: '2026-03-03T08:00:00Z', state: 'OVERDUE' },
  ],
  createdAt: '2026-03-01T07:00:00Z',
};

async function fill(identifier: string, purpose: string) {
  if (identifier) await userEvent.type(screen.getByLabelText('Identifier'), identifier);
  if (purpose) await userEvent.type(screen.getByLabelText('Purpose'), purpose);
  await userEvent.click(screen.getByRole('button', { name: 'Search' }));
}

describe('Freeze status', () => {
  it('sends identifier and purpose to both APIs and shows status, order, authority, country and deadlines', async () => {
    const { calls } = mockApi({
      'GET /api/v1/freeze-status': { body: { items: [frozenAsset], page: page(1) } },
      'GET /api/v1/freezing-requests/search': { body: { items: [request], page: page(1) } },
    });
    render(<FreezeStatusPage />);
    await fill('NL91ABNA0417164300', 'Proceedings RB-ROT 10/123456-26');

    expect(await screen.findByText('RB-ROT 10/123456-26')).toBeInTheDocument();
    expect(screen.getByText('Frozen', { selector: '.frozen-yes' })).toBeInTheDocument();
    expect(screen.getByText(/Rechtbank Rotterdam/)).toBeInTheDocument();
    expect(screen.getByText('NL-ARO/2026/0042')).toBeInTheDocument();
    expect(screen.getByText('NL-ARO (NL) → ES-ARO (ES)')).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();

    const lookup = calls.find((c) => c.url.pathname === '/api/v1/freeze-status')!;
    expect(Object.fromEntries(lookup.url.searchParams)).toMatchObject({
      identifierType: 'IBAN',
      identifier: 'NL91ABNA0417164300',
      purpose: 'Proceedings RB-ROT 10/123456-26',
    });
    const search = calls.find((c) => c.url.pathname === '/api/v1/freezing-requests/search')!;
    expect(search.url.searchParams.get('purpose')).toBe('Proceedings RB-ROT 10/123456-26');
  });

  it('asks for the purpose before asking the API', async () => {
    const { fetchMock } = mockApi({});
    render(<FreezeStatusPage />);
    await fill('NL91ABNA0417164300', '');
    expect(screen.getByText('Give the purpose of this look-up.')).toBeInTheDocument();
    expect(screen.getByLabelText('Purpose')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("shows the API's field and reason when it refuses the look-up", async () => {
    mockApi({
      'GET /api/v1/freeze-status': {
        status: 400,
        body: {
          type: 'https://sequestra.org/problems/validation',
          title: 'Request validation failed',
          status: 400,
          violations: [{ field: 'identifier', reason: 'is not a valid IBAN' }],
        },
      },
      'GET /api/v1/freezing-requests/search': { body: { items: [], page: page(0) } },
    });
    render(<FreezeStatusPage />);
    await fill('NL00XXXX', 'check');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Request validation failed')).toBeInTheDocument();
    expect(within(alert).getByText('identifier')).toBeInTheDocument();
    expect(within(alert).getByText(/is not a valid IBAN/)).toBeInTheDocument();
    expect(screen.getByText('No freezing or confiscation request you may see matches.')).toBeInTheDocument();
  });

  it('says plainly when nothing the caller may see matches', async () => {
    mockApi({
      'GET /api/v1/freeze-status': { body: { items: [], page: page(0) } },
      'GET /api/v1/freezing-requests/search': { body: { items: [], page: page(0) } },
    });
    render(<FreezeStatusPage />);
    await fill('ES9121000418450200051332', 'check');
    expect(await screen.findByText('No asset you may see matches.')).toBeInTheDocument();
  });
});
