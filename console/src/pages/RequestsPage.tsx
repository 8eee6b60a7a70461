import { useState } from 'react';
import { freezing } from '../api/clients';
import { unwrap } from '../api/http';
import type { FreezingRequest, FreezingSchemas } from '../api/types';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Field } from '../components/Field';
import { Pager } from '../components/Pager';
import { ProblemView } from '../components/ProblemView';
import { label, t } from '../i18n';
import { Link } from '../router';
import { useUser } from '../session';
import { useLoad } from '../useLoad';
import { RequestDetail } from './RequestDetail';

type Side = 'issuing' | 'executing' | '';
type RequestStatus = FreezingSchemas['RequestStatus'];
const STATUSES: RequestStatus[] = [
  'DRAFT', 'ISSUED', 'TRANSMITTED', 'RECEIVED', 'FORWARDED', 'UNDER_CONSULTATION', 'RECOGNISED', 'REFUSED',
  'POSTPONED', 'EXECUTED', 'WITHDRAWN', 'TERMINATED', 'SUPERSEDED', 'DISPOSED', 'RESTITUTED',
];
const OPEN = new Set(['ON_TIME', 'DUE_SOON', 'OVERDUE']);

/** `/freezing-requests` is the agency's inbox; `/freezing-requests/{id}` one request. */
export function RequestsPage({ path }: { path: string }) {
  const id = path.split('?')[0].split('/')[2];
  return id ? <RequestDetail requestId={decodeURIComponent(id)} /> : <Inbox />;
}

function defaultSide(roles: string[]): Side {
  const issuing = roles.includes('ISSUING_AUTHORITY');
  const executing = roles.includes('EXECUTING_AUTHORITY');
  return issuing && executing ? '' : executing ? 'executing' : issuing ? 'issuing' : '';
}

function Inbox() {
  const user = useUser();
  const [side, setSide] = useState<Side>(() => defaultSide(user.roles));
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const [pageNo, setPageNo] = useState(0);
  const requests = useLoad(
    () =>
      unwrap(
        freezing.GET('/api/v1/freezing-requests', {
          params: { query: { role: side || undefined, status: status || undefined, page: pageNo, size: 20 } },
        }),
      ).then((r) => r.data),
    [side, status, pageNo],
  );
  const executing = user.roles.includes('EXECUTING_AUTHORITY');
  return (
    <section>
      <h1>{t('requests.title')}</h1>
      {executing ? <OverdueList /> : null}
      <h2>{t('requests.inbox', { agency: user.agency })}</h2>
      <div className="form-grid panel">
        <Field label={t('requests.filter.side')}>
          {(props) => (
            <select
              {...props}
              value={side}
              onChange={(e) => {
                setSide(e.target.value as Side);
                setPageNo(0);
              }}
            >
              <option value="">{t('requests.side.both')}</option>
              <option value="issuing">{t('requests.side.issuing')}</option>
              <option value="executing">{t('requests.side.executing')}</option>
            </select>
          )}
        </Field>
        <Field label={t('requests.filter.status')}>
          {(props) => (
            <select
              {...props}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as RequestStatus | '');
                setPageNo(0);
              }}
            >
              <option value="">{t('cases.filter.any')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label('requestStatus', s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ProblemView error={requests.error} />
      {requests.data ? (
        requests.data.items.length === 0 ? (
          <p>{t('requests.none')}</p>
        ) : (
          <>
            <InboxTable items={requests.data.items} />
            <Pager page={requests.data.page} onPage={setPageNo} />
          </>
        )
      ) : requests.loading ? (
        <p>{t('app.loading')}</p>
      ) : null}
    </section>
  );
}

function InboxTable({ items }: { items: FreezingRequest[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('requests.col.request')}</th>
          <th scope="col">{t('requests.col.status')}</th>
          <th scope="col">{t('requests.col.route')}</th>
          <th scope="col">{t('requests.col.deadlines')}</th>
          <th scope="col">{t('requests.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => {
          const open = r.deadlines.filter((d) => OPEN.has(d.state));
          const overdue = open.some((d) => d.state === 'OVERDUE');
          return (
            <tr key={r.id} className={overdue ? 'overdue' : undefined}>
              <td>
                <Link to={`/freezing-requests/${r.id}`}>{r.issuingReference}</Link>
                <br />
                {label('requestKind', r.kind)} · {label('instrument', r.instrument)}
                {r.urgent ? <strong> · {t('requests.urgent')}</strong> : null}
              </td>
              <td>{label('requestStatus', r.status)}</td>
              <td>
                {t('requests.route', {
                  from: `${r.issuingAgency} (${r.issuingCountry})`,
                  to: `${r.executingAgency} (${r.executingCountry})`,
                })}
              </td>
              <td>
                {open.length === 0 ? (
                  <span className="muted">{t('requests.noRunningDeadline')}</span>
                ) : (
                  open.map((d) => (
                    <div key={d.rule + d.dueAt}>
                      <DeadlineBadge deadline={d} />
                    </div>
                  ))
                )}
              </td>
              <td>
                {r.allowedActions.length === 0
                  ? <span className="muted">{t('requests.noAction')}</span>
                  : r.allowedActions.map((a) => label('requestAction', a)).join(', ')}
                <br />
                <a href={`/api/v1/freezing-requests/${r.id}/certificate`}>{t('requests.certificate')}</a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The deadlines the agency has missed (Art 9(3), 20(1)), and whether a delay notice was given. */
function OverdueList() {
  const overdue = useLoad(
    () =>
      unwrap(freezing.GET('/api/v1/freezing-requests/overdue', { params: { query: { size: 100 } } })).then(
        (r) => r.data.items,
      ),
    [],
  );
  if (overdue.error) return <ProblemView error={overdue.error} />;
  if (!overdue.data || overdue.data.length === 0) return null;
  return (
    <div className="panel">
      <h2 className="status-overdue">{t('requests.overdue.title', { count: overdue.data.length })}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('requests.col.request')}</th>
            <th scope="col">{t('requests.col.deadlines')}</th>
            <th scope="col">{t('requests.overdue.notice')}</th>
          </tr>
        </thead>
        <tbody>
          {overdue.data.map((o) => (
            <tr key={o.requestId + o.deadline.rule} className="overdue">
              <td>
                <Link to={`/freezing-requests/${o.requestId}`}>{o.issuingReference}</Link> · {o.issuingAgency} →{' '}
                {o.executingAgency}
              </td>
              <td>
                <DeadlineBadge deadline={o.deadline} />
              </td>
              <td>{o.delayNotified ? t('requests.overdue.notified') : t('requests.overdue.notNotified')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
