import { useState, type FormEvent } from 'react';
import { registry } from '../api/clients';
import { unwrap } from '../api/http';
import type { Case, Hit } from '../api/types';
import { Field } from '../components/Field';
import { Pager } from '../components/Pager';
import { ProblemView } from '../components/ProblemView';
import { date, dateTime } from '../format';
import { label, t } from '../i18n';
import { Link } from '../router';
import { hasAnyRole, useUser } from '../session';
import { useLoad } from '../useLoad';
import { CaseDetail } from './CaseDetail';

type CaseStatusFilter = '' | 'OPEN' | 'CLOSED';
interface Filters {
  status: CaseStatusFilter;
  referencePrefix: string;
  openedFrom: string;
  openedTo: string;
}
const NO_FILTERS: Filters = { status: '', referencePrefix: '', openedFrom: '', openedTo: '' };

/** `/cases` lists the cases; `/cases/{id}` shows one. */
export function CasesPage({ path }: { path: string }) {
  const id = path.split('?')[0].split('/')[2];
  return id ? <CaseDetail caseId={decodeURIComponent(id)} /> : <CaseList />;
}

function CaseList() {
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [pageNo, setPageNo] = useState(0);
  const cases = useLoad(
    () =>
      unwrap(
        registry.GET('/api/v1/cases', {
          params: {
            query: {
              page: pageNo,
              size: 20,
              status: filters.status || undefined,
              referencePrefix: filters.referencePrefix.trim() || undefined,
              openedFrom: filters.openedFrom || undefined,
              openedTo: filters.openedTo || undefined,
            },
          },
        }),
      ).then((r) => r.data),
    [filters, pageNo],
  );

  function apply(e: FormEvent) {
    e.preventDefault();
    setPageNo(0);
    setFilters(draft);
  }

  return (
    <section>
      <h1>{t('cases.title')}</h1>
      <form onSubmit={apply} className="panel" aria-label={t('cases.filters')}>
        <div className="form-grid">
          <Field label={t('cases.filter.status')}>
            {(props) => (
              <select
                {...props}
                value={draft.status}
                onChange={(e) => setDraft({ ...draft, status: e.target.value as CaseStatusFilter })}
              >
                <option value="">{t('cases.filter.any')}</option>
                <option value="OPEN">{label('caseStatus', 'OPEN')}</option>
                <option value="CLOSED">{label('caseStatus', 'CLOSED')}</option>
              </select>
            )}
          </Field>
          <Field label={t('cases.filter.reference')}>
            {(props) => (
              <input
                {...props}
                value={draft.referencePrefix}
                onChange={(e) => setDraft({ ...draft, referencePrefix: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('cases.filter.openedFrom')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={draft.openedFrom}
                onChange={(e) => setDraft({ ...draft, openedFrom: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('cases.filter.openedTo')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={draft.openedTo}
                onChange={(e) => setDraft({ ...draft, openedTo: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('cases.filter.apply')}
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(NO_FILTERS);
              setFilters(NO_FILTERS);
              setPageNo(0);
            }}
          >
            {t('cases.filter.clear')}
          </button>
        </div>
      </form>
      <ProblemView error={cases.error} />
      {cases.loading && !cases.data ? <p>{t('app.loading')}</p> : null}
      {cases.data ? (
        cases.data.items.length === 0 ? (
          <p>{t('cases.none')}</p>
        ) : (
          <>
            <CaseTable items={cases.data.items} />
            <Pager page={cases.data.page} onPage={setPageNo} />
          </>
        )
      ) : null}
      <HitList />
    </section>
  );
}

function CaseTable({ items }: { items: Case[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('cases.col.reference')}</th>
          <th scope="col">{t('cases.col.title')}</th>
          <th scope="col">{t('cases.col.agency')}</th>
          <th scope="col">{t('cases.col.status')}</th>
          <th scope="col">{t('cases.col.opened')}</th>
          <th scope="col">{t('cases.col.access')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <td>
              <Link to={`/cases/${c.id}`}>{c.nationalReference}</Link>
            </td>
            <td>{c.title}</td>
            <td>
              {c.owningAgency} ({c.country})
            </td>
            <td>{label('caseStatus', c.status)}</td>
            <td>{date(c.openedOn)}</td>
            <td>{label('caseAccess', c.access)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Hits: another agency holds an asset with the same identifier (only that agency and its contact
 * point are shown). An analyst acknowledges an open one; the registry keeps the first
 * acknowledgement.
 */
export function HitList({ assets }: { assets?: { id: string; description: string }[] }) {
  const canAcknowledge = hasAnyRole(useUser(), ['ARO_ANALYST']);
  const hits = useLoad(
    () => unwrap(registry.GET('/api/v1/hits', { params: { query: { size: 100 } } })).then((r) => r.data.items),
    [],
  );
  const [acknowledged, setAcknowledged] = useState<Record<string, Hit>>({});
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const items: Hit[] = (hits.data ?? [])
    .filter((h) => !assets || assets.some((a) => a.id === h.yourAssetId))
    .map((h) => acknowledged[h.id] ?? h);

  async function acknowledge(hit: Hit) {
    setBusy(hit.id);
    setError(undefined);
    try {
      const answer = await unwrap(
        registry.POST('/api/v1/hits/{hitId}/acknowledgement', { params: { path: { hitId: hit.id } } }),
      );
      setAcknowledged((known) => ({ ...known, [hit.id]: answer.data }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <>
      <h2>{t('hits.title')}</h2>
      <ProblemView error={hits.error ?? error} />
      {hits.data && items.length === 0 ? <p>{t('hits.none')}</p> : null}
      {items.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('hits.col.identifier')}</th>
              <th scope="col">{t('hits.col.asset')}</th>
              <th scope="col">{t('hits.col.agency')}</th>
              <th scope="col">{t('hits.col.contact')}</th>
              <th scope="col">{t('hits.col.detected')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((h) => (
              <tr key={h.id}>
                <td>{label('identifierType', h.identifierType)}</td>
                <td>
                  {assets?.find((a) => a.id === h.yourAssetId)?.description ?? <code>{h.yourAssetId}</code>}
                </td>
                <td>{h.otherAgency}</td>
                <td>{contact(h)}</td>
                <td>
                  {dateTime(h.detectedAt)}
                  {h.acknowledged ? <span className="muted"> · {t('hits.acknowledged')}</span> : null}
                  {!h.acknowledged && canAcknowledge ? (
                    <>
                      {' '}
                      <button
                        type="button"
                        disabled={busy === h.id}
                        aria-label={t('hits.acknowledgeHit', {
                          type: label('identifierType', h.identifierType),
                          agency: h.otherAgency,
                        })}
                        onClick={() => void acknowledge(h)}
                      >
                        {t('hits.acknowledge')}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function contact(hit: Hit): string {
  const c = hit.otherAgencyContactPoint as Record<string, unknown> | undefined;
  if (!c) return '';
  return Object.values(c)
    .filter((v) => typeof v === 'string')
    .join(', ');
}
