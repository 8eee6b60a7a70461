import { useState, type FormEvent } from 'react';
import { freezing, registry } from '../api/clients';
import { unwrap } from '../api/http';
import type { FreezeLookupIdentifierType, FreezeStatus, FreezingRequest } from '../api/types';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Field } from '../components/Field';
import { ProblemView } from '../components/ProblemView';
import { date, dateTime } from '../format';
import { label, t } from '../i18n';

type SearchKey = 'identifier' | 'caseReference' | 'requestId';
const IDENTIFIER_TYPES: FreezeLookupIdentifierType[] = [
  'IBAN',
  'VIN',
  'IMO_NUMBER',
  'LEI',
  'BITCOIN_ADDRESS',
  'ETHEREUM_ADDRESS',
];
const OPEN_DEADLINES = new Set(['ON_TIME', 'DUE_SOON', 'OVERDUE']);

interface Outcome<T> {
  items?: T[];
  error?: unknown;
}

/**
 * A prosecutor's question "is this frozen?": the registry's freeze status and the cross-border
 * requests that name the asset, each looked up with the stated purpose (both are audited).
 */
export function FreezeStatusPage() {
  const [key, setKey] = useState<SearchKey>('identifier');
  const [identifierType, setIdentifierType] = useState<FreezeLookupIdentifierType>('IBAN');
  const [value, setValue] = useState('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<{ value?: string; purpose?: string }>({});
  const [busy, setBusy] = useState(false);
  const [assets, setAssets] = useState<Outcome<FreezeStatus>>();
  const [requests, setRequests] = useState<Outcome<FreezingRequest>>();

  async function search(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (!value.trim()) found.value = t('freeze.error.value');
    if (!purpose.trim()) found.purpose = t('freeze.error.purpose');
    setErrors(found);
    if (found.value || found.purpose) return;
    setBusy(true);
    const v = value.trim();
    const p = purpose.trim();
    const assetLookup: Promise<Outcome<FreezeStatus>> =
      key === 'requestId'
        ? Promise.resolve({})
        : unwrap(
            registry.GET('/api/v1/freeze-status', {
              params: {
                query:
                  key === 'identifier'
                    ? { purpose: p, identifierType, identifier: v, size: 50 }
                    : { purpose: p, caseReference: v, size: 50 },
              },
            }),
          ).then(
            (r) => ({ items: r.data.items }),
            (error) => ({ error }),
          );
    const query =
      key === 'identifier'
        ? { purpose: p, identifierType, identifier: v, size: 50 }
        : key === 'caseReference'
          ? { purpose: p, caseReference: v, size: 50 }
          : { purpose: p, requestId: v, size: 50 };
    const requestSearch: Promise<Outcome<FreezingRequest>> = unwrap(
      freezing.GET('/api/v1/freezing-requests/search', { params: { query } }),
    ).then(
      (r) => ({ items: r.data.items }),
      (error) => ({ error }),
    );
    const [a, r] = await Promise.all([assetLookup, requestSearch]);
    setAssets(key === 'requestId' ? undefined : a);
    setRequests(r);
    setBusy(false);
  }

  return (
    <section>
      <h1>{t('freeze.title')}</h1>
      <p className="muted">{t('freeze.intro')}</p>
      <form onSubmit={search} noValidate className="panel">
        <div className="form-grid">
          <Field label={t('freeze.searchBy')}>
            {(props) => (
              <select {...props} value={key} onChange={(e) => setKey(e.target.value as SearchKey)}>
                <option value="identifier">{t('freeze.by.identifier')}</option>
                <option value="caseReference">{t('freeze.by.caseReference')}</option>
                <option value="requestId">{t('freeze.by.requestId')}</option>
              </select>
            )}
          </Field>
          {key === 'identifier' ? (
            <Field label={t('freeze.identifierType')}>
              {(props) => (
                <select
                  {...props}
                  value={identifierType}
                  onChange={(e) => setIdentifierType(e.target.value as FreezeLookupIdentifierType)}
                >
                  {IDENTIFIER_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {label('identifierType', type)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Field label={t(`freeze.value.${key}`)} error={errors.value}>
            {(props) => (
              <input {...props} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />
            )}
          </Field>
          <Field label={t('freeze.purpose')} hint={t('freeze.purpose.hint')} error={errors.purpose} wide>
            {(props) => (
              <textarea {...props} value={purpose} maxLength={500} onChange={(e) => setPurpose(e.target.value)} />
            )}
          </Field>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('freeze.searching') : t('freeze.search')}
        </button>
      </form>

      {assets ? (
        <>
          <h2>{t('freeze.registry.title')}</h2>
          <ProblemView error={assets.error} />
          {assets.items ? <AssetTable items={assets.items} /> : null}
        </>
      ) : null}
      {requests ? (
        <>
          <h2>{t('freeze.requests.title')}</h2>
          <ProblemView error={requests.error} />
          {requests.items ? <RequestTable items={requests.items} /> : null}
        </>
      ) : null}
    </section>
  );
}

function AssetTable({ items }: { items: FreezeStatus[] }) {
  if (items.length === 0) return <p>{t('freeze.registry.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('freeze.col.asset')}</th>
          <th scope="col">{t('freeze.col.status')}</th>
          <th scope="col">{t('freeze.col.since')}</th>
          <th scope="col">{t('freeze.col.order')}</th>
          <th scope="col">{t('freeze.col.country')}</th>
          <th scope="col">{t('freeze.col.case')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.assetId}>
            <td>
              {label('assetType', item.assetType)}
              <br />
              {(item.matchedIdentifier ? [item.matchedIdentifier] : item.identifiers).map((id) => (
                <code key={id.field + id.value} className="identifier">
                  {id.field}: {id.value}{' '}
                </code>
              ))}
            </td>
            <td>
              <span className={item.frozen ? 'frozen-yes' : undefined}>
                {item.frozen ? t('freeze.frozenNow') : t('freeze.notFrozenNow')}
              </span>
              {item.status !== 'FROZEN' ? (
                <>
                  <br />
                  {label('assetStatus', item.status)}
                </>
              ) : null}
            </td>
            <td>{dateTime(item.freeze?.since ?? item.statusSince)}</td>
            <td>
              {item.freeze ? (
                <>
                  <span>{item.freeze.orderReference}</span>
                  <br />
                  {t('freeze.orderBy', { authority: item.freeze.issuingAuthority, date: date(item.freeze.orderDate) })}
                </>
              ) : (
                <span className="muted">{t('freeze.neverFrozen')}</span>
              )}
            </td>
            <td>{item.freeze?.executingCountry ?? ''}</td>
            <td>
              <span>{item.caseReference}</span>
              <br />
              <span className="muted">{item.owningAgency}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RequestTable({ items }: { items: FreezingRequest[] }) {
  if (items.length === 0) return <p>{t('freeze.requests.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('requests.col.request')}</th>
          <th scope="col">{t('requests.col.status')}</th>
          <th scope="col">{t('requests.col.route')}</th>
          <th scope="col">{t('requests.col.deadlines')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((request) => {
          const running = request.deadlines.filter((d) => OPEN_DEADLINES.has(d.state));
          return (
            <tr key={request.id}>
              <td>
                {label('requestKind', request.kind)} · {label('instrument', request.instrument)}
                {request.urgent ? <strong> · {t('requests.urgent')}</strong> : null}
                <br />
                {request.issuingReference}
                <br />
                <code className="muted">{request.id}</code>
              </td>
              <td>{label('requestStatus', request.status)}</td>
              <td>
                {t('requests.route', {
                  from: `${request.issuingAgency} (${request.issuingCountry})`,
                  to: `${request.executingAgency} (${request.executingCountry})`,
                })}
              </td>
              <td>
                {running.length === 0 ? (
                  <span className="muted">{t('requests.noRunningDeadline')}</span>
                ) : (
                  <ul className="plain">
                    {running.map((d) => (
                      <li key={d.rule + d.dueAt}>
                        <DeadlineBadge deadline={d} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
