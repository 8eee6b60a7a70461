import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { registry, trace as traceApi } from '../api/clients';
import { unwrap } from '../api/http';
import type { TraceSchemas } from '../api/types';
import { Field } from '../components/Field';
import { ProblemView } from '../components/ProblemView';
import { dateTime } from '../format';
import { label, t } from '../i18n';
import { useUser } from '../session';
import { useLoad } from '../useLoad';
import { TraceGraph } from './TraceGraph';
import { arrivalsAt, graphOf, nodeKey, type Trace } from './traceModel';

type Dataset = TraceSchemas['Dataset'];
type Import = TraceSchemas['Import'];
type ImportFormat = TraceSchemas['ImportFormat'];
type NewTrace = TraceSchemas['NewTrace'];
const FORMATS: ImportFormat[] = ['CAMT053', 'MT940', 'CSV', 'CRYPTO_CSV', 'AMLSIM', 'PAYSIM'];
const RULES: NewTrace['rule'][] = ['FIFO', 'LIFO', 'PRO_RATA', 'LIBR', 'POISON'];
const POLL_MS = 1000;

/** Statement import with the job's progress, and tracing over the imported account graph. */
export function TracingPage() {
  const user = useUser();
  const analyst = user.roles.includes('ARO_ANALYST');
  const [datasetId, setDatasetId] = useState('');
  const datasets = useLoad(
    () => unwrap(traceApi.GET('/api/v1/datasets', { params: { query: { size: 100 } } })).then((r) => r.data.items),
    [],
  );
  const dataset = datasets.data?.find((d) => d.id === datasetId);
  return (
    <section>
      <h1>{t('tracing.title')}</h1>
      <h2>{t('tracing.dataset')}</h2>
      <ProblemView error={datasets.error} />
      <div className="form-grid panel">
        <Field label={t('tracing.dataset.choose')}>
          {(props) => (
            <select {...props} value={datasetId} onChange={(e) => setDatasetId(e.target.value)}>
              <option value="">{t('tracing.dataset.none')}</option>
              {datasets.data?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name} · {d.caseReference} ({t('tracing.dataset.transactions', { count: d.transactionCount })})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {analyst ? (
        <NewDatasetForm
          onCreated={(d) => {
            datasets.reload();
            setDatasetId(d.id);
          }}
        />
      ) : null}
      {dataset ? (
        <>
          {analyst ? <ImportPanel dataset={dataset} onImported={datasets.reload} /> : null}
          <TracePanel key={dataset.id} dataset={dataset} canRun={analyst} />
        </>
      ) : null}
    </section>
  );
}

function NewDatasetForm({ onCreated }: { onCreated: (d: Dataset) => void }) {
  const [caseReference, setCaseReference] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await unwrap(traceApi.POST('/api/v1/datasets', { body: { caseReference: caseReference.trim(), name: name.trim() } }));
      setName('');
      onCreated(r.data);
    } catch (err) {
      setError(err);
    }
  }
  return (
    <details className="panel">
      <summary>{t('tracing.dataset.new')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('tracing.dataset.new')}>
        <div className="form-grid">
          <Field label={t('tracing.dataset.caseReference')}>
            {(props) => <input {...props} value={caseReference} onChange={(e) => setCaseReference(e.target.value)} />}
          </Field>
          <Field label={t('tracing.dataset.name')}>
            {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
        </div>
        <ProblemView error={error} />
        <button type="submit">{t('tracing.dataset.create')}</button>
      </form>
    </details>
  );
}

function percent(job: Import): number | undefined {
  if (job.state === 'SUCCEEDED') return 100;
  if (!job.rowsTotal) return undefined;
  return Math.min(100, Math.floor((job.rowsDone * 100) / job.rowsTotal));
}

function ImportPanel({ dataset, onImported }: { dataset: Dataset; onImported: () => void }) {
  const [format, setFormat] = useState<ImportFormat>('CAMT053');
  const [currency, setCurrency] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<Import>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function upload(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setError(new Error(t('import.error.file')));
      return;
    }
    setError(undefined);
    setJob(undefined);
    setBusy(true);
    try {
      const r = await unwrap(
        traceApi.POST('/api/v1/datasets/{datasetId}/imports', {
          params: {
            path: { datasetId: dataset.id },
            query: { format, currency: currency.trim() ? currency.trim().toUpperCase() : undefined },
          },
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': 'application/octet-stream' },
        }),
      );
      setJob(r.data);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  // The progress bar follows the job: poll until it has succeeded or failed.
  useEffect(() => {
    if (!job || job.state === 'SUCCEEDED' || job.state === 'FAILED') {
      if (job) {
        setBusy(false);
        if (job.state === 'SUCCEEDED') onImported();
      }
      return;
    }
    const timer = setTimeout(async () => {
      try {
        const r = await unwrap(
          traceApi.GET('/api/v1/datasets/{datasetId}/imports/{importId}', {
            params: { path: { datasetId: dataset.id, importId: job.id } },
          }),
        );
        setJob(r.data);
      } catch (err) {
        setError(err);
        setBusy(false);
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [job, dataset.id]);

  const pct = job ? percent(job) : undefined;
  return (
    <>
      <h2>{t('import.title')}</h2>
      <form className="panel" onSubmit={upload} noValidate aria-label={t('import.title')}>
        <div className="form-grid">
          <Field label={t('import.format')}>
            {(props) => (
              <select {...props} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
                {FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {label('importFormat', f)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {format === 'AMLSIM' || format === 'PAYSIM' ? (
            <Field label={t('import.currency')}>
              {(props) => <input {...props} maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value)} />}
            </Field>
          ) : null}
          <Field label={t('import.file')}>
            {(props) => <input {...props} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
          </Field>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('import.upload')}
        </button>
      </form>
      <ProblemView error={error} />
      {job ? (
        <div className="panel" aria-live="polite">
          <label htmlFor="import-progress">
            {t('import.progress', { state: label('importState', job.state), pct: pct === undefined ? '…' : `${pct} %` })}
          </label>
          <progress id="import-progress" className="progress" max={100} value={pct}>
            {pct === undefined ? '' : `${pct} %`}
          </progress>
          <p>
            {t('import.counts', {
              done: job.rowsDone,
              total: job.rowsTotal ?? '?',
              imported: job.imported,
              duplicates: job.duplicatesSkipped,
              rejected: job.rejected,
              flagged: job.flagged,
            })}
          </p>
          {job.state === 'FAILED' ? (
            <p className="problem" role="alert">
              {t('import.failed', { reason: job.failureReason ?? '' })}
            </p>
          ) : null}
          {job.state === 'SUCCEEDED' && job.rejected > 0 ? <Rejections dataset={dataset} job={job} /> : null}
          {job.state === 'SUCCEEDED' && job.flagged > 0 ? <Flagged dataset={dataset} job={job} /> : null}
        </div>
      ) : null}
    </>
  );
}

function Rejections({ dataset, job }: { dataset: Dataset; job: Import }) {
  const rejections = useLoad(
    () =>
      unwrap(
        traceApi.GET('/api/v1/datasets/{datasetId}/imports/{importId}/rejections', {
          params: { path: { datasetId: dataset.id, importId: job.id }, query: { size: 200 } },
        }),
      ).then((r) => r.data),
    [job.id],
  );
  return (
    <>
      <h3>{t('import.rejections')}</h3>
      <ProblemView error={rejections.error} />
      {rejections.data ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.col.line')}</th>
              <th scope="col">{t('import.col.field')}</th>
              <th scope="col">{t('import.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejections.data.items.map((r) => (
              <tr key={`${r.lineNumber}-${r.field}`}>
                <td>{r.lineNumber}</td>
                <td>
                  <code>{r.field}</code>
                </td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {rejections.data && rejections.data.page.totalElements > rejections.data.items.length ? (
        <p className="muted">{t('import.more', { count: rejections.data.page.totalElements - rejections.data.items.length })}</p>
      ) : null}
    </>
  );
}

/** The imported transactions of this job that carry a flag (e.g. an invalid counterparty IBAN). */
function Flagged({ dataset, job }: { dataset: Dataset; job: Import }) {
  const flagged = useLoad(async () => {
    const found: TraceSchemas['Transaction'][] = [];
    for (let page = 0; page < 5 && found.length < job.flagged; page++) {
      const r = await unwrap(
        traceApi.GET('/api/v1/datasets/{datasetId}/transactions', {
          params: { path: { datasetId: dataset.id }, query: { page, size: 200 } },
        }),
      );
      found.push(...r.data.items.filter((tx) => tx.importId === job.id && tx.flags.length > 0));
      if (page + 1 >= r.data.page.totalPages) break;
    }
    return found;
  }, [job.id]);
  return (
    <>
      <h3>{t('import.flagged')}</h3>
      <ProblemView error={flagged.error} />
      {flagged.data ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.col.line')}</th>
              <th scope="col">{t('import.col.transaction')}</th>
              <th scope="col">{t('import.col.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {flagged.data.map((tx) => (
              <tr key={tx.id}>
                <td>{tx.sourceLine}</td>
                <td>
                  {tx.account.identifier} {tx.direction === 'DEBIT' ? '→' : '←'} {tx.counterparty?.identifier ?? tx.counterpartyName ?? ''} ·{' '}
                  {tx.amount} {tx.currency} · {dateTime(tx.bookedAt)}
                </td>
                <td>{tx.flags.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function TracePanel({ dataset, canRun }: { dataset: Dataset; canRun: boolean }) {
  const [direction, setDirection] = useState<NewTrace['direction']>('FORWARD');
  const [rule, setRule] = useState<NewTrace['rule']>('FIFO');
  const [seedAccount, setSeedAccount] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [hopLimit, setHopLimit] = useState('10');
  const [threshold, setThreshold] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Trace>();
  const traces = useLoad(
    () =>
      unwrap(
        traceApi.GET('/api/v1/datasets/{datasetId}/traces', { params: { path: { datasetId: dataset.id }, query: { size: 20 } } }),
      ).then((r) => r.data.items),
    [dataset.id, result?.id],
  );

  async function run(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const body: NewTrace = {
      direction,
      rule,
      seed: {
        accountIdentifier: seedAccount.trim() || undefined,
        amount: amount.trim() || undefined,
        currency: currency.trim() || undefined,
        from: from ? new Date(from).toISOString() : undefined,
        until: until ? new Date(until).toISOString() : undefined,
      },
      hopLimit: hopLimit === '' ? 10 : Number(hopLimit),
      topPaths: 10,
      minimumAmount: threshold.trim() || undefined,
    };
    try {
      const r = await unwrap(
        traceApi.POST('/api/v1/datasets/{datasetId}/traces', { params: { path: { datasetId: dataset.id } }, body }),
      );
      setResult(r.data);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function open(traceId: string) {
    setError(undefined);
    try {
      const r = await unwrap(
        traceApi.GET('/api/v1/datasets/{datasetId}/traces/{traceId}', { params: { path: { datasetId: dataset.id, traceId } } }),
      );
      setResult(r.data);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <>
      <h2>{t('trace.title')}</h2>
      {canRun ? (
        <form className="panel" onSubmit={run} noValidate aria-label={t('trace.run')}>
          <div className="form-grid">
            <Field label={t('trace.rule')}>
              {(props) => (
                <select {...props} value={rule} onChange={(e) => setRule(e.target.value as NewTrace['rule'])}>
                  {RULES.map((r) => (
                    <option key={r} value={r}>
                      {label('rule', r)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('trace.direction')}>
              {(props) => (
                <select {...props} value={direction} onChange={(e) => setDirection(e.target.value as NewTrace['direction'])}>
                  <option value="FORWARD">{label('direction', 'FORWARD')}</option>
                  <option value="BACKWARD">{label('direction', 'BACKWARD')}</option>
                </select>
              )}
            </Field>
            <Field label={t('trace.seedAccount')} hint={t('trace.seedAccount.hint')}>
              {(props) => <input {...props} value={seedAccount} onChange={(e) => setSeedAccount(e.target.value)} />}
            </Field>
            <Field label={t('trace.amount')}>
              {(props) => <input {...props} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
            </Field>
            <Field label={t('trace.currency')}>
              {(props) => <input {...props} value={currency} maxLength={16} onChange={(e) => setCurrency(e.target.value)} />}
            </Field>
            <Field label={t('trace.from')}>
              {(props) => <input {...props} type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />}
            </Field>
            <Field label={t('trace.until')}>
              {(props) => <input {...props} type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />}
            </Field>
            <Field label={t('trace.hopLimit')}>
              {(props) => <input {...props} type="number" min={0} max={50} value={hopLimit} onChange={(e) => setHopLimit(e.target.value)} />}
            </Field>
            <Field label={t('trace.threshold')} hint={t('trace.threshold.hint')}>
              {(props) => <input {...props} inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} />}
            </Field>
          </div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('trace.running') : t('trace.run')}
          </button>
        </form>
      ) : null}
      <ProblemView error={error} />
      {traces.data && traces.data.length > 0 ? (
        <details>
          <summary>{t('trace.previous', { count: traces.data.length })}</summary>
          <ul>
            {traces.data.map((s) => (
              <li key={s.id}>
                <button type="button" onClick={() => void open(s.id)}>
                  {label('rule', s.rule)} · {label('direction', s.direction)} · {s.seedAmount} {s.currency} · {dateTime(s.createdAt)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {result ? <TraceResultView key={result.id} trace={result} dataset={dataset} canPropose={canRun} /> : null}
    </>
  );
}

const RECONCILIATION_LINES = [
  'seed',
  'heldAtEndPoints',
  'stoppedAtHopLimit',
  'belowThreshold',
  'stoppedAtStopList',
  'unexplained',
  'seedNotHeld',
] as const;

function TraceResultView({ trace, dataset, canPropose }: { trace: Trace; dataset: Dataset; canPropose: boolean }) {
  const graph = useMemo(() => graphOf(trace), [trace]);
  const [selected, setSelected] = useState<string>();
  const selectedNode = graph.nodes.find((n) => n.id === selected);
  const arrivals = selected ? arrivalsAt(trace, selected) : [];
  const rec = trace.result.reconciliation;
  const base = `/api/v1/datasets/${dataset.id}/traces/${trace.id}`;
  return (
    <div>
      <h3>{t('trace.result', { rule: label('rule', trace.rule), direction: label('direction', trace.direction), currency: trace.currency })}</h3>
      <div className="actions">
        <a className="button" href={`${base}/export.csv`} download>
          {t('trace.downloadCsv')}
        </a>
        <a className="button" href={`${base}/export.svg`} download>
          {t('trace.downloadSvg')}
        </a>
        <span className="muted">{t('trace.id', { id: trace.id })}</span>
      </div>
      {trace.result.flowCount > trace.result.flows.length ? (
        <p className="muted">{t('trace.partial', { shown: trace.result.flows.length, total: trace.result.flowCount })}</p>
      ) : null}
      {trace.result.seedCheck ? <p className="muted">{seedCheckText(trace.result.seedCheck)}</p> : null}
      <div className="two-col">
        <div>
          <TraceGraph nodes={graph.nodes} edges={graph.edges} selected={selected} onSelect={setSelected} />
          <Field label={t('trace.selectAccount')}>
            {(props) => (
              <select {...props} value={selected ?? ''} onChange={(e) => setSelected(e.target.value || undefined)}>
                <option value="">{t('trace.selectAccount.none')}</option>
                {graph.nodes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {selectedNode ? (
            <div className="panel" aria-live="polite">
              <h4>{t('trace.arrivals', { account: selectedNode.label })}</h4>
              {selectedNode.endReason ? (
                <p>{t('trace.endsHere', { reason: label('endReason', selectedNode.endReason), amount: selectedNode.heldAmount ?? '' })}</p>
              ) : null}
              {arrivals.length === 0 ? (
                <p>{t('trace.noArrivals')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('trace.col.when')}</th>
                      <th scope="col">{t('trace.col.from')}</th>
                      <th scope="col">{t('trace.col.amount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {arrivals.map((f, i) => (
                      <tr key={`${f.transactionId}-${i}`}>
                        <td>{dateTime(f.bookedAt)}</td>
                        <td>{f.from.label}</td>
                        <td className="amount">
                          {f.amount} {trace.currency}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ) : null}
        </div>
        <div>
          <h4>{t('trace.reconciliation')}</h4>
          {rec ? (
            <table>
              <tbody>
                {RECONCILIATION_LINES.filter((k) => rec[k] !== undefined && rec[k] !== null).map((k) => (
                  <tr key={k}>
                    <th scope="row">{t(`trace.rec.${k}`)}</th>
                    <td>
                      {rec[k] as string} {trace.currency}
                    </td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('trace.rec.balances')}</th>
                  <td>{rec.balances ? t('trace.rec.yes') : t('trace.rec.no')}</td>
                </tr>
              </tbody>
            </table>
          ) : (
            <p>{t('trace.rec.poison', { amount: trace.result.seedAmount, currency: trace.currency })}</p>
          )}
          <EndPoints trace={trace} dataset={dataset} canPropose={canPropose} />
        </div>
      </div>
    </div>
  );
}

function seedCheckText(check: TraceSchemas['SeedCheck']): string {
  return t('trace.seedCheck', { balance: check.balanceFound, covered: check.covered, reason: check.reason });
}

function EndPoints({ trace, dataset, canPropose }: { trace: Trace; dataset: Dataset; canPropose: boolean }) {
  const [proposed, setProposed] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [country, setCountry] = useState('');

  async function propose(accountId: number) {
    setError(undefined);
    try {
      // The dataset names its registry case by reference; the registry resolves it to the case id.
      const cases = await unwrap(
        registry.GET('/api/v1/cases', { params: { query: { referencePrefix: dataset.caseReference, size: 20 } } }),
      );
      const match = cases.data.items.find(
        (c) => c.nationalReference.toLowerCase() === dataset.caseReference.toLowerCase(),
      );
      if (!match) throw new Error(t('trace.propose.noCase', { reference: dataset.caseReference }));
      const r = await unwrap(
        traceApi.POST('/api/v1/datasets/{datasetId}/traces/{traceId}/end-points/{accountId}/proposal', {
          params: { path: { datasetId: dataset.id, traceId: trace.id, accountId } },
          body: { caseId: match.id, locationCountry: country.trim().toUpperCase() || undefined },
        }),
      );
      setProposed({ ...proposed, [String(accountId)]: r.data.registryAssetId });
    } catch (err) {
      setError(err);
    }
  }

  const ends = trace.result.endPoints;
  return (
    <>
      <h4>{t('trace.endPoints', { count: trace.result.endPointCount })}</h4>
      {canPropose ? (
        <Field label={t('trace.propose.country')}>
          {(props) => <input {...props} maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />}
        </Field>
      ) : null}
      <ProblemView error={error} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('trace.col.account')}</th>
            <th scope="col">{t('trace.col.amount')}</th>
            <th scope="col">{t('trace.col.reason')}</th>
            {canPropose ? <th scope="col">{t('trace.col.registry')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {ends.map((end) => {
            // null for an unidentified counterparty: nothing to propose
            const id = end.node.accountId ?? undefined;
            const asset = end.node.registryAssetId ?? (id !== undefined ? proposed[String(id)] : undefined);
            return (
              <tr key={nodeKey(end.node) + end.reason}>
                <td>{end.node.label}</td>
                <td className="amount">
                  {end.amount} {trace.currency}
                </td>
                <td>{label('endReason', end.reason)}</td>
                {canPropose ? (
                  <td>
                    {asset ? (
                      <span>{t('trace.propose.done', { asset })}</span>
                    ) : id !== undefined && end.node.kind !== 'ACCOUNT_NUMBER' ? (
                      <button type="button" onClick={() => void propose(id)}>
                        {t('trace.propose')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
