import { useState, type FormEvent } from 'react';
import { freezing } from '../api/clients';
import { ApiError, unwrap } from '../api/http';
import type { FreezingRequest, FreezingSchemas, RequestAction } from '../api/types';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Field } from '../components/Field';
import { ProblemView } from '../components/ProblemView';
import { dateTime, money } from '../format';
import { label, t } from '../i18n';
import { Link } from '../router';
import { useUser } from '../session';
import { useLoad } from '../useLoad';

type NewRequestTransition = FreezingSchemas['NewRequestTransition'];
type AssetResult = FreezingSchemas['AssetResult'];
const REFUSAL_GROUNDS: FreezingSchemas['RefusalGround'][] = [
  'NE_BIS_IN_IDEM', 'PRIVILEGE_OR_IMMUNITY', 'CERTIFICATE_INCOMPLETE', 'OFFENCE_PARTLY_IN_EXECUTING_STATE',
  'AFFECTED_PERSONS_RIGHTS', 'NO_DOUBLE_CRIMINALITY', 'TRIAL_IN_ABSENTIA', 'FUNDAMENTAL_RIGHTS',
];
const POSTPONEMENT_GROUNDS: FreezingSchemas['PostponementGround'][] = [
  'DAMAGE_TO_INVESTIGATION', 'ALREADY_FROZEN', 'EXISTING_NATIONAL_ORDER', 'RISK_OF_EXCEEDING_AMOUNT',
  'ONGOING_CONFISCATION_PROCEEDINGS', 'LEGAL_REMEDY_INVOKED',
];

export function RequestDetail({ requestId }: { requestId: string }) {
  const user = useUser();
  const request = useLoad(
    () =>
      unwrap(freezing.GET('/api/v1/freezing-requests/{requestId}', { params: { path: { requestId } } })).then((r) => ({
        request: r.data,
        etag: r.etag,
      })),
    [requestId],
  );
  const history = useLoad(
    () =>
      unwrap(
        freezing.GET('/api/v1/freezing-requests/{requestId}/transitions', { params: { path: { requestId } } }),
      ).then((r) => r.data),
    [requestId, request.data?.etag],
  );
  const r = request.data?.request;
  const reload = () => request.reload();
  const canNotify =
    r &&
    user.roles.includes('EXECUTING_AUTHORITY') &&
    r.executingAgency === user.agency &&
    r.deadlines.some((d) => d.state === 'DUE_SOON' || d.state === 'OVERDUE');
  return (
    <section>
      <p>
        <Link to="/freezing-requests">{t('requests.back')}</Link>
      </p>
      <ProblemView error={request.error} />
      {r ? (
        <>
          <h1>
            {label('requestKind', r.kind)} {r.issuingReference}
          </h1>
          <dl className="facts">
            <dt>{t('request.status')}</dt>
            <dd>
              {label('requestStatus', r.status)} · {label('instrument', r.instrument)}
              {r.urgent ? ` · ${t('requests.urgent')}` : ''}
            </dd>
            <dt>{t('requests.col.route')}</dt>
            <dd>
              {t('requests.route', {
                from: `${r.issuingAgency} (${r.issuingCountry})`,
                to: `${r.executingAgency} (${r.executingCountry})`,
              })}
            </dd>
            {r.signedBy ? (
              <>
                <dt>{t('request.signedBy')}</dt>
                <dd>
                  {r.signedBy} · {dateTime(r.issuedAt)}
                </dd>
              </>
            ) : null}
            {r.receivedAt ? (
              <>
                <dt>{t('request.receivedAt')}</dt>
                <dd>{dateTime(r.receivedAt)}</dd>
              </>
            ) : null}
            {r.mla ? (
              <>
                <dt>{t('request.mla')}</dt>
                <dd>
                  {label('mlaChannel', r.mla.channel)} ·{' '}
                  {r.mla.evidential ? t('request.mla.evidential') : t('request.mla.intelligence')}
                </dd>
              </>
            ) : null}
            <dt>{t('request.certificate')}</dt>
            <dd>
              <a href={`/api/v1/freezing-requests/${r.id}/certificate`}>{t('requests.certificate')}</a>
            </dd>
          </dl>
          <PropertyList request={r} />
          <RegistryRecords request={r} />
          <h2>{t('requests.col.deadlines')}</h2>
          {r.deadlines.length === 0 ? (
            <p className="muted">{t('request.noDeadlines')}</p>
          ) : (
            <ul>
              {r.deadlines.map((d) => (
                <li key={d.rule + d.dueAt}>
                  <DeadlineBadge deadline={d} /> <span className="muted">({d.legalBasis})</span>
                </li>
              ))}
            </ul>
          )}
          {r.delayNotices && r.delayNotices.length > 0 ? (
            <>
              <h3>{t('request.delayNotices')}</h3>
              <ul>
                {r.delayNotices.map((n) => (
                  <li key={n.id}>
                    {label('deadlineRule', n.deadlineRule)}: {n.reason} —{' '}
                    {t('request.expectedBy', { when: dateTime(n.expectedBy) })} ({n.recordedBy}, {n.recordingAgency})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.assetResults && r.assetResults.length > 0 ? (
            <>
              <h2>{t('request.assetResults')}</h2>
              <ul>
                {r.assetResults.map((a) => (
                  <li key={a.assetId}>
                    <code>{a.assetId}</code>: {label('assetOutcome', a.outcome)} {money(a.value)}{' '}
                    {a.impossibility ? label('impossibility', a.impossibility) : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.allowedActions.length > 0 ? (
            <ActionForm key={request.data!.etag ?? ''} request={r} etag={request.data!.etag} onDone={reload} />
          ) : (
            <p className="muted">{t('requests.noAction')}</p>
          )}
          {canNotify ? <DelayNoticeForm request={r} etag={request.data!.etag} onDone={reload} /> : null}
          <h2>{t('request.history')}</h2>
          <ProblemView error={history.error} />
          {history.data ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('request.col.step')}</th>
                  <th scope="col">{t('request.col.when')}</th>
                  <th scope="col">{t('request.col.who')}</th>
                  <th scope="col">{t('request.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.transitions.map((s) => (
                  <tr key={s.sequence}>
                    <td>
                      {label('requestAction', s.action)}: {label('requestStatus', s.fromStatus)} →{' '}
                      {label('requestStatus', s.toStatus)}
                    </td>
                    <td>{dateTime(s.occurredAt)}</td>
                    <td>
                      {s.actor} ({s.actorAgency})
                    </td>
                    <td>
                      {[s.reason, s.refusalGround && label('refusalGround', s.refusalGround), s.postponementGround && label('postponementGround', s.postponementGround)]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : request.loading ? (
        <p>{t('app.loading')}</p>
      ) : null}
    </section>
  );
}

/** Section D of the certificate: the property, with its identifiers and estimated value. */
function PropertyList({ request }: { request: FreezingRequest }) {
  const section = request.freezingCertificate?.sectionD ?? request.confiscationCertificate?.sectionD;
  const items = section?.items ?? [];
  if (!section) return null;
  return (
    <>
      <h2>{t('request.property')}</h2>
      {section.amountForExecutingState || section.totalAmount ? (
        <p>
          {t('request.property.amounts', {
            here: money(section.amountForExecutingState) || '—',
            total: money(section.totalAmount) || '—',
          })}
        </p>
      ) : null}
      {items.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('request.property.item')}</th>
              <th scope="col">{t('request.property.identifiers')}</th>
              <th scope="col">{t('request.property.value')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.assetId}>
                <td>
                  {item.description ?? ''}
                  {item.location ? <span className="muted"> · {item.location}</span> : null}
                  <br />
                  <code className="muted">{item.assetId}</code>
                </td>
                <td>
                  {(item.identifiers ?? []).map((id) => (
                    <code key={id.type + id.value}>
                      {id.type}: {id.value}{' '}
                    </code>
                  ))}
                </td>
                <td>{money(item.estimatedValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** The registry's data of each asset as the issuer saw it at issue, kept with the certificate. */
function RegistryRecords({ request }: { request: FreezingRequest }) {
  const snapshots = request.registrySnapshots ?? [];
  if (snapshots.length === 0) return null;
  return (
    <>
      <h3>{t('request.registry')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('request.registry.asset')}</th>
            <th scope="col">{t('request.property.identifiers')}</th>
            <th scope="col">{t('request.registry.case')}</th>
            <th scope="col">{t('request.registry.readAt')}</th>
          </tr>
        </thead>
        <tbody>
          {snapshots.map((a) => (
            <tr key={a.assetId}>
              <td>
                {a.description} <span className="muted">· {a.type}, {a.status}</span>
              </td>
              <td>
                {a.identifiers.map((id) => (
                  <code key={id.type + id.value}>
                    {id.type}: {id.value}{' '}
                  </code>
                ))}
              </td>
              <td>{a.caseReference ?? <code>{a.caseId}</code>}</td>
              <td>{dateTime(a.readAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function certificateAssets(r: FreezingRequest): string[] {
  const items = r.freezingCertificate?.sectionD?.items ?? r.confiscationCertificate?.sectionD?.items ?? [];
  return items.map((i) => i.assetId);
}

/** The next step of the request; only the actions the API says this caller may take are offered. */
function ActionForm({ request, etag, onDone }: { request: FreezingRequest; etag: string | null; onDone: () => void }) {
  const [action, setAction] = useState<RequestAction>(request.allowedActions[0]);
  const [reason, setReason] = useState('');
  const [refusalGround, setRefusalGround] = useState(REFUSAL_GROUNDS[0]);
  const [postponementGround, setPostponementGround] = useState(POSTPONEMENT_GROUNDS[0]);
  const [expectedDurationDays, setExpectedDurationDays] = useState('');
  const [forwardTo, setForwardTo] = useState('');
  const [supersededBy, setSupersededBy] = useState('');
  const [decision, setDecision] = useState({ orderReference: '', authority: '', orderDate: '' });
  const [results, setResults] = useState<AssetResult[]>(() =>
    certificateAssets(request).map((assetId) => ({
      assetId,
      outcome: request.kind === 'CONFISCATION' ? 'CONFISCATED' : 'FROZEN',
    })),
  );
  const [disposal, setDisposal] = useState({ amount: '', currency: 'EUR', victimProceedingsPending: false, otherwiseAgreed: false });
  const [conditions, setConditions] = useState({ titleUncontested: false, notNeededAsEvidence: false, affectedPersonsRightsNotPrejudiced: false });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: NewRequestTransition = { action, reason: reason.trim() || undefined };
    if (action === 'REFUSE') body.refusalGround = refusalGround;
    if (action === 'POSTPONE') {
      body.postponementGround = postponementGround;
      body.expectedDurationDays = expectedDurationDays ? Number(expectedDurationDays) : undefined;
    }
    if (action === 'FORWARD') body.forwardTo = forwardTo.trim() || undefined;
    if (action === 'SUPERSEDE') body.supersededBy = supersededBy.trim() || undefined;
    if ((action === 'RECOGNISE' || action === 'EXECUTE') && decision.orderReference.trim()) {
      body.decision = { ...decision, orderReference: decision.orderReference.trim() };
    }
    if (action === 'EXECUTE') body.assetResults = results;
    if (action === 'DISPOSE') {
      body.disposal = {
        amountObtained: { amount: disposal.amount.trim(), currency: disposal.currency.trim().toUpperCase() },
        victimProceedingsPending: disposal.victimProceedingsPending,
        otherwiseAgreed: disposal.otherwiseAgreed,
      };
    }
    if (action === 'RESTITUTE') body.restitutionConditions = conditions;
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        freezing.POST('/api/v1/freezing-requests/{requestId}/transitions', {
          params: { path: { requestId: request.id }, header: { 'If-Match': etag ?? undefined } },
          body,
        }),
      );
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const stale = error instanceof ApiError && error.stale;
  return (
    <form className="panel" onSubmit={submit} aria-label={t('request.nextStep')} noValidate>
      <h2>{t('request.nextStep')}</h2>
      <div className="form-grid">
        <Field label={t('request.action')}>
          {(props) => (
            <select {...props} value={action} onChange={(e) => setAction(e.target.value as RequestAction)}>
              {request.allowedActions.map((a) => (
                <option key={a} value={a}>
                  {label('requestAction', a)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {action === 'REFUSE' ? (
          <Field label={t('request.refusalGround')}>
            {(props) => (
              <select {...props} value={refusalGround} onChange={(e) => setRefusalGround(e.target.value as typeof refusalGround)}>
                {REFUSAL_GROUNDS.map((g) => (
                  <option key={g} value={g}>
                    {label('refusalGround', g)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {action === 'POSTPONE' ? (
          <>
            <Field label={t('request.postponementGround')}>
              {(props) => (
                <select
                  {...props}
                  value={postponementGround}
                  onChange={(e) => setPostponementGround(e.target.value as typeof postponementGround)}
                >
                  {POSTPONEMENT_GROUNDS.map((g) => (
                    <option key={g} value={g}>
                      {label('postponementGround', g)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('request.expectedDurationDays')}>
              {(props) => (
                <input {...props} type="number" min={1} max={3650} value={expectedDurationDays} onChange={(e) => setExpectedDurationDays(e.target.value)} />
              )}
            </Field>
          </>
        ) : null}
        {action === 'FORWARD' ? (
          <Field label={t('request.forwardTo')}>
            {(props) => <input {...props} value={forwardTo} onChange={(e) => setForwardTo(e.target.value)} />}
          </Field>
        ) : null}
        {action === 'SUPERSEDE' ? (
          <Field label={t('request.supersededBy')}>
            {(props) => <input {...props} value={supersededBy} onChange={(e) => setSupersededBy(e.target.value)} />}
          </Field>
        ) : null}
        {action === 'RECOGNISE' || action === 'EXECUTE' ? (
          <>
            <Field label={t('request.decision.orderReference')}>
              {(props) => (
                <input {...props} value={decision.orderReference} onChange={(e) => setDecision({ ...decision, orderReference: e.target.value })} />
              )}
            </Field>
            <Field label={t('request.decision.authority')}>
              {(props) => (
                <input {...props} value={decision.authority} onChange={(e) => setDecision({ ...decision, authority: e.target.value })} />
              )}
            </Field>
            <Field label={t('request.decision.orderDate')}>
              {(props) => (
                <input {...props} type="date" value={decision.orderDate} onChange={(e) => setDecision({ ...decision, orderDate: e.target.value })} />
              )}
            </Field>
          </>
        ) : null}
        {action === 'DISPOSE' ? (
          <>
            <Field label={t('request.disposal.amount')}>
              {(props) => (
                <input {...props} inputMode="decimal" value={disposal.amount} onChange={(e) => setDisposal({ ...disposal, amount: e.target.value })} />
              )}
            </Field>
            <Field label={t('lifecycle.currency')}>
              {(props) => (
                <input {...props} maxLength={3} value={disposal.currency} onChange={(e) => setDisposal({ ...disposal, currency: e.target.value })} />
              )}
            </Field>
          </>
        ) : null}
        <Field label={t('request.reason')} wide>
          {(props) => <textarea {...props} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      {action === 'EXECUTE' ? (
        <fieldset>
          <legend>{t('request.assetResults')}</legend>
          {results.map((res, i) => (
            <div className="form-grid" key={res.assetId}>
              <Field label={t('request.result.outcome', { asset: res.assetId })}>
                {(props) => (
                  <select
                    {...props}
                    value={res.outcome}
                    onChange={(e) => setResults(results.map((x, j) => (j === i ? { ...x, outcome: e.target.value as AssetResult['outcome'] } : x)))}
                  >
                    {(['FROZEN', 'CONFISCATED', 'IMPOSSIBLE'] as const).map((o) => (
                      <option key={o} value={o}>
                        {label('assetOutcome', o)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('request.result.value')}>
                {(props) => (
                  <input
                    {...props}
                    inputMode="decimal"
                    value={res.value?.amount ?? ''}
                    onChange={(e) =>
                      setResults(
                        results.map((x, j) =>
                          j === i ? { ...x, value: e.target.value ? { amount: e.target.value, currency: x.value?.currency ?? 'EUR' } : undefined } : x,
                        ),
                      )
                    }
                  />
                )}
              </Field>
            </div>
          ))}
        </fieldset>
      ) : null}
      {action === 'DISPOSE' ? (
        <>
          <label className="check">
            <input type="checkbox" checked={disposal.victimProceedingsPending} onChange={(e) => setDisposal({ ...disposal, victimProceedingsPending: e.target.checked })} />{' '}
            {t('lifecycle.victimProceedingsPending')}
          </label>
          <label className="check">
            <input type="checkbox" checked={disposal.otherwiseAgreed} onChange={(e) => setDisposal({ ...disposal, otherwiseAgreed: e.target.checked })} />{' '}
            {t('request.disposal.otherwiseAgreed')}
          </label>
        </>
      ) : null}
      {action === 'RESTITUTE' ? (
        <fieldset>
          <legend>{t('lifecycle.restitution')}</legend>
          {(Object.keys(conditions) as (keyof typeof conditions)[]).map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={conditions[k]} onChange={(e) => setConditions({ ...conditions, [k]: e.target.checked })} />{' '}
              {t(`lifecycle.restitution.${k}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <ProblemView error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || stale}>
          {t('request.submit', { action: label('requestAction', action) })}
        </button>
        {stale ? (
          <button type="button" onClick={onDone}>
            {t('lifecycle.reload')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Art 9(5) / 20(4): the executing authority says a deadline cannot be met, and why. */
function DelayNoticeForm({ request, etag, onDone }: { request: FreezingRequest; etag: string | null; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [expectedBy, setExpectedBy] = useState('');
  const [error, setError] = useState<unknown>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await unwrap(
        freezing.POST('/api/v1/freezing-requests/{requestId}/delay-notices', {
          params: { path: { requestId: request.id }, header: { 'If-Match': etag ?? undefined } },
          body: { reason: reason.trim(), expectedBy: expectedBy ? new Date(expectedBy).toISOString() : '' },
        }),
      );
      onDone();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form className="panel" onSubmit={submit} aria-label={t('request.delay.title')} noValidate>
      <h2>{t('request.delay.title')}</h2>
      <div className="form-grid">
        <Field label={t('request.delay.reason')} wide>
          {(props) => <textarea {...props} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <Field label={t('request.delay.expectedBy')}>
          {(props) => <input {...props} type="datetime-local" value={expectedBy} onChange={(e) => setExpectedBy(e.target.value)} />}
        </Field>
      </div>
      <ProblemView error={error} />
      <button type="submit">{t('request.delay.submit')}</button>
    </form>
  );
}
