import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { File as NodeFile } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import { TracingPage } from '../src/pages/TracingPage';
import { arrivalsAt, graphOf } from '../src/pages/traceModel';
import { UserContext } from '../src/session';
import { mockApi, page, user, type Reply } from './support';

// Cytoscape draws on a canvas jsdom does not have; the page's data and interaction are tested here.
vi.mock('../src/pages/TraceGraph', () => ({
  TraceGraph: ({ nodes, edges }: { nodes: unknown[]; edges: unknown[] }) => (
    <div data-testid="graph">
      {nodes.length} accounts, {edges.length} flows
    </div>
  ),
}));

const DATASET_ID = '88888888-8888-4888-8888-888888888888';
const IMPORT_ID = '99999999-9999-4999-8999-999999999999';
const TRACE_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const CASE_ID = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const dataset = { id: DATASET_ID, caseReference: 'NL-ARO/2026/0042', name: 'PostFinance statements', owningAgency: 'NL-ARO', transactionCount: 0, createdAt: '2026-03-01T10:00:00Z' };

function job(state: string, rowsDone: number, extra: Record<string, unknown> = {}) {
  return { id: IMPORT_ID, datasetId: DATASET_ID, format: 'CAMT053', state, sizeBytes: 1234, rowsDone, rowsTotal: 10, imported: 0, duplicatesSkipped: 0, rejected: 0, flagged: 0, createdAt: '2026-03-01T10:00:00Z', ...extra };
}

const A = { accountId: 1, kind: 'IBAN', identifier: 'CH9300762011623852957', label: 'A CH93…' };
const B = { accountId: 2, kind: 'IBAN', identifier: 'NL91ABNA0417164300', label: 'B NL91…' };
const C = { accountId: 3, kind: 'IBAN', identifier: 'DE89370400440532013000', label: 'C DE89…' };
const theTrace = {
  id: TRACE_ID,
  datasetId: DATASET_ID,
  direction: 'FORWARD',
  rule: 'FIFO',
  currency: 'CHF',
  request: { direction: 'FORWARD', rule: 'FIFO', seed: {}, hopLimit: 3, topPaths: 10 },
  result: {
    seedAmount: '50.00',
    endPoints: [
      { node: B, reason: 'HELD', amount: '20.00' },
      { node: C, reason: 'HELD', amount: '30.00' },
    ],
    unexplained: [],
    flows: [
      { transactionId: 11, bookedAt: '2026-01-03T10:00:00Z', from: A, to: B, amount: '20.00' },
      { transactionId: 12, bookedAt: '2026-01-05T10:00:00Z', from: A, to: C, amount: '30.00' },
    ],
    paths: [],
    reconciliation: { seed: '50.00', heldAtEndPoints: '50.00', stoppedAtHopLimit: '0.00', belowThreshold: '0.00', stoppedAtStopList: '0.00', unexplained: '0.00', balances: true },
    flowCount: 2,
    endPointCount: 2,
    unexplainedCount: 0,
  },
  createdAt: '2026-03-01T11:00:00Z',
  createdBy: 'nl-analyst',
};

function routes(extra: Record<string, Reply | ((c: never) => Reply)> = {}) {
  return {
    'GET /api/v1/datasets': { body: { items: [dataset], page: page(1) } },
    [`GET /api/v1/datasets/${DATASET_ID}/traces`]: { body: { items: [], page: page(0) } },
    ...extra,
  } as Record<string, Reply>;
}

function renderAs(...roles: string[]) {
  return render(
    <UserContext.Provider value={user(...roles)}>
      <TracingPage />
    </UserContext.Provider>,
  );
}

async function chooseDataset() {
  await screen.findByRole('option', { name: /PostFinance statements/ });
  await userEvent.selectOptions(screen.getByLabelText('Dataset'), DATASET_ID);
}

describe('Statement import', () => {
  it('uploads the file as the raw body and follows the job to 100 %, listing rejected and flagged lines', async () => {
    let polls = 0;
    const { calls } = mockApi(
      routes({
        [`POST /api/v1/datasets/${DATASET_ID}/imports`]: { status: 202, body: job('QUEUED', 0) },
        [`GET /api/v1/datasets/${DATASET_ID}/imports/${IMPORT_ID}`]: () =>
          ++polls === 1
            ? { body: job('RUNNING', 4) }
            : { body: job('SUCCEEDED', 10, { imported: 8, rejected: 1, flagged: 1 }) },
        [`GET /api/v1/datasets/${DATASET_ID}/imports/${IMPORT_ID}/rejections`]: {
          body: { items: [{ lineNumber: 42, field: 'Ntry/Sts', reason: 'entry is not booked (PDNG)' }], page: page(1) },
        },
        [`GET /api/v1/datasets/${DATASET_ID}/transactions`]: {
          body: {
            items: [
              { id: 7, importId: IMPORT_ID, sourceLine: 17, account: { id: 1, kind: 'IBAN', identifier: 'CH9300762011623852957' }, counterparty: { id: 9, kind: 'ACCOUNT_NUMBER', identifier: 'XX00BAD' }, direction: 'DEBIT', amount: '12.50', currency: 'CHF', bookedAt: '2026-01-02T10:00:00Z', bookingDate: '2026-01-02', flags: ['counterparty IBAN fails its check digits'] },
            ],
            page: page(1),
          },
        },
      }),
    );
    renderAs('ARO_ANALYST');
    await chooseDataset();
    // Node's own File, which the Request of the fetch boundary can stream (jsdom's cannot).
    const file = new NodeFile(['<Document/>'], 'camt053.xml', { type: 'application/xml' }) as unknown as File;
    await userEvent.upload(screen.getByLabelText('Statement file'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));

    expect(await screen.findByText('Import running: 40 %', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(await screen.findByText('Import done: 100 %', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '100');
    expect(await screen.findByText('entry is not booked (PDNG)')).toBeInTheDocument();
    expect(screen.getByText('Ntry/Sts')).toBeInTheDocument();
    expect(await screen.findByText('counterparty IBAN fails its check digits')).toBeInTheDocument();

    const upload = calls.find((c) => c.method === 'POST')!;
    expect(upload.url.searchParams.get('format')).toBe('CAMT053');
    expect(upload.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(upload.body).toBe('<Document/>');
  });

  it('shows why a failed import imported nothing', async () => {
    mockApi(
      routes({
        [`POST /api/v1/datasets/${DATASET_ID}/imports`]: { status: 202, body: job('FAILED', 0, { failureReason: 'not a camt.053 document' }) },
      }),
    );
    renderAs('ARO_ANALYST');
    await chooseDataset();
    await userEvent.upload(screen.getByLabelText('Statement file'), new File(['x'], 'x.xml'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect(await screen.findByText(/not a camt.053 document/)).toBeInTheDocument();
  });
});

describe('Tracing', () => {
  it('runs a trace with rule, direction, seed, hop limit and threshold, and shows totals, graph and arrivals', async () => {
    const { calls } = mockApi(routes({ [`POST /api/v1/datasets/${DATASET_ID}/traces`]: { status: 201, body: theTrace } }));
    renderAs('ARO_ANALYST');
    await chooseDataset();
    const form = screen.getByRole('form', { name: 'Run trace' });
    await userEvent.selectOptions(within(form).getByLabelText('Attribution rule'), 'FIFO');
    await userEvent.type(within(form).getByLabelText('Seed account'), 'CH9300762011623852957');
    await userEvent.type(within(form).getByLabelText('Amount of proceeds'), '50.00');
    await userEvent.clear(within(form).getByLabelText('Currency'));
    await userEvent.type(within(form).getByLabelText('Currency'), 'CHF');
    await userEvent.type(within(form).getByLabelText('From (forward: when the proceeds are placed)'), '2026-01-01T00:00');
    await userEvent.clear(within(form).getByLabelText('Hop limit'));
    await userEvent.type(within(form).getByLabelText('Hop limit'), '3');
    await userEvent.type(within(form).getByLabelText('Threshold'), '1.00');
    await userEvent.click(within(form).getByRole('button', { name: 'Run trace' }));

    expect(await screen.findByTestId('graph')).toHaveTextContent('3 accounts, 2 flows');
    const sent = JSON.parse(calls.find((c) => c.method === 'POST')!.body!);
    expect(sent).toMatchObject({
      direction: 'FORWARD',
      rule: 'FIFO',
      seed: { accountIdentifier: 'CH9300762011623852957', amount: '50.00', currency: 'CHF' },
      hopLimit: 3,
      minimumAmount: '1.00',
    });
    expect(sent.seed.from).toMatch(/^2026-01-01T/);
    const rec = screen.getByRole('row', { name: /Held at end points/ });
    expect(rec).toHaveTextContent('50.00 CHF');
    expect(screen.getByRole('row', { name: /Adds up to the seed/ })).toHaveTextContent('Yes');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', `/api/v1/datasets/${DATASET_ID}/traces/${TRACE_ID}/export.csv`);
    expect(screen.getByRole('link', { name: 'Download SVG' })).toHaveAttribute('href', `/api/v1/datasets/${DATASET_ID}/traces/${TRACE_ID}/export.svg`);

    await userEvent.selectOptions(screen.getByLabelText('Account'), 'a3');
    const arrivals = await screen.findByRole('heading', { name: 'What reached C DE89…' });
    const panel = arrivals.closest('.panel') as HTMLElement;
    expect(within(panel).getByText('30.00 CHF')).toBeInTheDocument();
    expect(within(panel).getByText('A CH93…')).toBeInTheDocument();
  });

  it('proposes an end point to the registry case of the dataset', async () => {
    const { calls } = mockApi(
      routes({
        [`POST /api/v1/datasets/${DATASET_ID}/traces`]: { status: 201, body: theTrace },
        'GET /api/v1/cases': { body: { items: [{ id: CASE_ID, nationalReference: 'NL-ARO/2026/0042' }], page: page(1) } },
        [`POST /api/v1/datasets/${DATASET_ID}/traces/${TRACE_ID}/end-points/2/proposal`]: {
          status: 201,
          body: { traceId: TRACE_ID, accountId: 2, caseId: CASE_ID, registryAssetId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', estimatedValue: { amount: '20.00', currency: 'CHF' }, proposedAt: '2026-03-01T12:00:00Z' },
        },
      }),
    );
    renderAs('ARO_ANALYST');
    await chooseDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Run trace' }));
    const row = (await screen.findByRole('cell', { name: 'B NL91…' })).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Propose to the registry' }));
    expect(await within(row).findByText('Registered as asset cccccccc-cccc-4ccc-8ccc-cccccccccccc')).toBeInTheDocument();
    const proposal = calls.find((c) => c.url.pathname.endsWith('/proposal'))!;
    expect(JSON.parse(proposal.body!)).toEqual({ caseId: CASE_ID });
  });

  it('offers no registry proposal for an unidentified counterparty', async () => {
    mockApi(routes({ [`POST /api/v1/datasets/${DATASET_ID}/traces`]: { status: 201, body: feeTrace } }));
    renderAs('ARO_ANALYST');
    await chooseDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Run trace' }));
    const row = (await screen.findByRole('cell', { name: 'unidentified counterparty of transaction 2002' })).closest('tr')!;
    expect(within(row).queryByRole('button', { name: 'Propose to the registry' })).toBeNull();
    const account = screen.getByRole('cell', { name: 'A CH93…' }).closest('tr')!;
    expect(within(account).getByRole('button', { name: 'Propose to the registry' })).toBeInTheDocument();
  });

  it("shows the API's field and reason when a trace is refused", async () => {
    mockApi(
      routes({
        [`POST /api/v1/datasets/${DATASET_ID}/traces`]: {
          status: 400,
          body: { title: 'Request validation failed', status: 400, violations: [{ field: 'seed.from', reason: 'is required for a forward trace from an account' }] },
        },
      }),
    );
    renderAs('ARO_ANALYST');
    await chooseDataset();
    await userEvent.click(screen.getByRole('button', { name: 'Run trace' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('seed.from')).toBeInTheDocument();
    expect(within(alert).getByText(/is required for a forward trace/)).toBeInTheDocument();
  });

  it('gives a supervisor without the analyst role neither upload nor trace runs', async () => {
    mockApi(routes());
    renderAs('ARO_SUPERVISOR');
    await chooseDataset();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Trace the money' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Upload and import' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Run trace' })).toBeNull();
  });
});

// As the API answers for the PostFinance sample's fees: every field of a node is present, null when
// the node has no value, so an unidentified counterparty has "accountId": null (TraceNodesApiTest).
const unidentified = (transactionId: number) => ({
  accountId: null,
  kind: null,
  identifier: null,
  chain: null,
  holderName: null,
  registryAssetId: null,
  label: `unidentified counterparty of transaction ${transactionId}`,
});
const S = { ...A, chain: null, holderName: 'Robert Schneider SA', registryAssetId: null };
const fees = [
  [2001, '24.00'],
  [2002, '328.75'],
  [2003, '24.00'],
] as const;
const feeTrace = {
  ...theTrace,
  result: {
    ...theTrace.result,
    seedAmount: '1000.00',
    endPoints: [
      { node: S, reason: 'HELD', amount: '623.25' },
      ...fees.map(([id, amount]) => ({ node: unidentified(id), reason: 'HELD', amount })),
    ],
    flows: fees.map(([id, amount]) => ({ transactionId: id, bookedAt: '2016-04-30T00:00:00Z', from: S, to: unidentified(id), amount })),
    reconciliation: { ...theTrace.result.reconciliation, seed: '1000.00', heldAtEndPoints: '1000.00' },
    flowCount: 3,
    endPointCount: 4,
  },
};

describe('trace model', () => {
  it('builds accounts and flows, marks the seed and the end points, and lists arrivals by time', () => {
    const g = graphOf(theTrace as never);
    expect(g.nodes.map((n) => [n.id, n.seed, n.endReason])).toEqual([
      ['a1', true, undefined],
      ['a2', false, 'HELD'],
      ['a3', false, 'HELD'],
    ]);
    expect(g.edges.map((e) => [e.source, e.target, e.amount])).toEqual([
      ['a1', 'a2', '20.00'],
      ['a1', 'a3', '30.00'],
    ]);
    expect(arrivalsAt(theTrace as never, 'a2').map((f) => f.transactionId)).toEqual([11]);
  });
  it('draws each unidentified counterparty as its own node, as the API sends it (accountId null)', () => {
    const g = graphOf(feeTrace as never);
    expect(g.nodes.map((n) => [n.label, n.seed, n.heldAmount])).toEqual([
      ['A CH93…', true, '623.25'],
      ['unidentified counterparty of transaction 2001', false, '24.00'],
      ['unidentified counterparty of transaction 2002', false, '328.75'],
      ['unidentified counterparty of transaction 2003', false, '24.00'],
    ]);
    expect(new Set(g.edges.map((e) => e.target)).size).toBe(3);
    const target = g.nodes.find((n) => n.label.endsWith('2002'))!.id;
    expect(arrivalsAt(feeTrace as never, target).map((f) => f.transactionId)).toEqual([2002]);
  });
});
