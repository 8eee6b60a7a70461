import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StatisticsPage } from '../src/pages/StatisticsPage';
import { mockApi } from './support';

const fig = (acts: number, amount: string, without = 0) => ({ acts, valueEur: { amount, currency: 'EUR' }, actsWithoutEurValue: without });
const registryStats = {
  scope: 'AGENCY',
  agency: 'NL-ARO',
  year: 2026,
  valueAtFreezing: fig(3, '750000.00', 1),
  valueAtConfiscation: fig(1, '250000.00'),
  valueAtDisposal: fig(0, '0.00'),
  byStatus: [{ status: 'FROZEN', figures: fig(3, '750000.00', 1) }],
  byAssetType: [{ assetType: 'BANK_ACCOUNT', status: 'FROZEN', figures: fig(2, '500000.00') }],
  byCountry: [{ country: 'NL', status: 'FROZEN', figures: fig(3, '750000.00', 1) }],
  byYear: [{ year: 2026, status: 'FROZEN', figures: fig(3, '750000.00', 1) }],
  byEmpactCycle: [],
  byEmpactPriority: [],
  currentStatus: [
    { status: 'FROZEN', assets: 3 },
    { status: 'IDENTIFIED', assets: 7 },
  ],
};
const freezingStats = {
  year: 2026,
  scope: 'NL-ARO',
  rows: [
    { issuingCountry: 'NL', executingCountry: 'ES', received: 4, recognised: 3, executed: 2, refused: 1, postponed: 0, averageDaysToDecide: 1.5, frozenValueEur: '120000.00', confiscatedValueEur: '0.00', valuesWithoutEur: 0, victimCases: 1 },
  ],
};

describe('Statistics', () => {
  it('shows registry and Art 35 figures as tables and a chart, with CSV downloads', async () => {
    const { calls } = mockApi({
      'GET /api/v1/statistics': { body: registryStats },
      'GET /api/v1/freezing-statistics': { body: freezingStats },
    });
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), 'blob:x'), revokeObjectURL: () => {} }));
    render(<StatisticsPage />);
    await userEvent.clear(screen.getByLabelText('Year'));
    await userEvent.type(screen.getByLabelText('Year'), '2026');
    await userEvent.type(screen.getByLabelText('Location country (registry figures)'), 'nl');
    await userEvent.click(screen.getByRole('button', { name: 'Show figures' }));

    expect(await screen.findByText('3 acts, 750000.00 EUR (1 without a euro value)')).toBeInTheDocument();
    const chart = screen.getByText('Assets by status today').closest('figure')!;
    expect(within(chart).getByText('Identified')).toBeInTheDocument();
    expect(within(chart).getByText('7')).toBeInTheDocument();
    const art35 = screen.getByRole('table', { name: 'Per issuing and executing State' });
    expect(within(art35).getByRole('row', { name: /NL → ES/ })).toHaveTextContent('120000.00');
    const csvLinks = screen.getAllByRole('link', { name: 'Download CSV' });
    expect(csvLinks[0]).toHaveAttribute('href', '/api/v1/freezing-statistics?year=2026&format=csv');

    const reg = calls.find((c) => c.url.pathname === '/api/v1/statistics')!;
    expect(reg.url.searchParams.get('year')).toBe('2026');
    expect(reg.url.searchParams.get('country')).toBe('NL');

    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const text = await created[0].text();
    expect(text.split('\r\n')[0]).toBe('group,key,status,acts,value_eur,acts_without_eur_value');
    expect(text).toContain('status,FROZEN,FROZEN,3,750000.00,1');
  });

  it("shows the API's field and reason for a refused query", async () => {
    mockApi({
      'GET /api/v1/statistics': { status: 400, body: { title: 'Request validation failed', status: 400, violations: [{ field: 'year', reason: 'must be at least 1990' }] } },
      'GET /api/v1/freezing-statistics': { status: 400, body: { title: 'Request validation failed', status: 400, violations: [{ field: 'year', reason: 'must be at least 2020' }] } },
    });
    render(<StatisticsPage />);
    await userEvent.clear(screen.getByLabelText('Year'));
    await userEvent.type(screen.getByLabelText('Year'), '1900');
    await userEvent.click(screen.getByRole('button', { name: 'Show figures' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(2);
    expect(within(alerts[0]).getByText(/must be at least 1990/)).toBeInTheDocument();
    expect(within(alerts[1]).getByText(/must be at least 2020/)).toBeInTheDocument();
  });
});
