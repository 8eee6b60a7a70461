import { useState } from 'react';
import { registry } from '../api/clients';
import { unwrap } from '../api/http';
import type { Asset, Case, Subject } from '../api/types';
import { ProblemView } from '../components/ProblemView';
import { date, dateTime, money } from '../format';
import { label, t } from '../i18n';
import { Link } from '../router';
import { useLoad } from '../useLoad';
import { AssetLifecycle } from './AssetLifecycle';
import { HitList } from './CasesPage';

export function CaseDetail({ caseId }: { caseId: string }) {
  const caseLoad = useLoad(
    () => unwrap(registry.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } } })).then((r) => r.data),
    [caseId],
  );
  const subjects = useLoad(
    () =>
      unwrap(
        registry.GET('/api/v1/cases/{caseId}/subjects', { params: { path: { caseId }, query: { size: 200 } } }),
      ).then((r) => r.data.items),
    [caseId],
  );
  const assets = useLoad(
    () =>
      unwrap(
        registry.GET('/api/v1/cases/{caseId}/assets', { params: { path: { caseId }, query: { size: 200 } } }),
      ).then((r) => r.data.items),
    [caseId],
  );
  const c = caseLoad.data;
  return (
    <section>
      <p>
        <Link to="/cases">{t('cases.back')}</Link>
      </p>
      <ProblemView error={caseLoad.error} />
      {c ? <CaseFacts c={c} /> : caseLoad.loading ? <p>{t('app.loading')}</p> : null}
      {c ? (
        <>
          <h2>{t('case.subjects')}</h2>
          <ProblemView error={subjects.error} />
          {subjects.data ? <SubjectTable items={subjects.data} /> : null}
          <h2>{t('case.assets')}</h2>
          <ProblemView error={assets.error} />
          {assets.data && assets.data.length === 0 ? <p>{t('case.noAssets')}</p> : null}
          {assets.data?.map((asset) => (
            <AssetPanel key={asset.id} asset={asset} subjects={subjects.data ?? []} caseAccess={c.access} />
          ))}
          {assets.data && assets.data.length > 0 ? <HitList assets={assets.data} /> : null}
        </>
      ) : null}
    </section>
  );
}

function CaseFacts({ c }: { c: Case }) {
  return (
    <>
      <h1>
        {c.nationalReference} — {c.title}
      </h1>
      <dl className="facts">
        <dt>{t('case.agency')}</dt>
        <dd>
          {c.owningAgency} ({c.country}) · {label('caseAccess', c.access)}
        </dd>
        <dt>{t('case.status')}</dt>
        <dd>
          {label('caseStatus', c.status)} · {t('case.openedOn', { date: date(c.openedOn) })}
          {c.closedOn ? ` · ${t('case.closedOn', { date: date(c.closedOn) })}` : ''}
        </dd>
        {c.offences.length > 0 ? (
          <>
            <dt>{t('case.offences')}</dt>
            <dd>{c.offences.join('; ')}</dd>
          </>
        ) : null}
        {c.empactPriorities.length > 0 ? (
          <>
            <dt>{t('case.empact', { cycle: c.empactCycle ?? '' })}</dt>
            <dd>{c.empactPriorities.join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

export function subjectName(s: Subject | undefined): string {
  if (!s) return '';
  if (s.naturalPerson) return [s.naturalPerson.givenNames, s.naturalPerson.familyName].filter(Boolean).join(' ');
  return s.legalEntity?.name ?? s.id;
}

function SubjectTable({ items }: { items: Subject[] }) {
  if (items.length === 0) return <p>{t('case.noSubjects')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('subject.col.name')}</th>
          <th scope="col">{t('subject.col.kind')}</th>
          <th scope="col">{t('subject.col.role')}</th>
          <th scope="col">{t('subject.col.details')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((s) => (
          <tr key={s.id}>
            <td>{subjectName(s)}</td>
            <td>{label('subjectKind', s.kind)}</td>
            <td>{label('subjectRole', s.role)}</td>
            <td>
              {s.naturalPerson?.birthDate ? t('subject.born', { date: date(s.naturalPerson.birthDate) }) : ''}
              {s.naturalPerson?.nationalities?.length ? ` · ${s.naturalPerson.nationalities.join(', ')}` : ''}
              {s.legalEntity ? [s.legalEntity.legalForm, s.legalEntity.registrationNumber, s.legalEntity.jurisdiction, s.legalEntity.lei].filter(Boolean).join(' · ') : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AssetPanel({ asset, subjects, caseAccess }: { asset: Asset; subjects: Subject[]; caseAccess: Case['access'] }) {
  const [open, setOpen] = useState(false);
  const panelId = `asset-${asset.id}`;
  const identifiers = Object.entries(asset.identifiers ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <div className="panel">
      <h3>
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {open ? '▾' : '▸'} {label('assetType', asset.type)}: {asset.description}
        </button>{' '}
        <span className="badge">{label('assetStatus', asset.status)}</span>
      </h3>
      <dl className="facts">
        <dt>{t('asset.identifiers')}</dt>
        <dd>
          {identifiers.length === 0
            ? t('asset.noIdentifiers')
            : identifiers.map(([k, v]) => (
                <code key={k}>
                  {k}: {String(v)}{' '}
                </code>
              ))}
        </dd>
        {asset.locationCountry ? (
          <>
            <dt>{t('asset.location')}</dt>
            <dd>{asset.locationCountry}</dd>
          </>
        ) : null}
        {asset.currentValuation ? (
          <>
            <dt>{t('asset.currentValue')}</dt>
            <dd>
              {money(asset.currentValuation.estimatedValue)} ({date(asset.currentValuation.valuationDate)})
            </dd>
          </>
        ) : null}
        {asset.warnings.length > 0 ? (
          <>
            <dt>{t('asset.warnings')}</dt>
            <dd>{asset.warnings.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {open ? (
        <div id={panelId}>
          <Owners assetId={asset.id} subjects={subjects} />
          <Valuations assetId={asset.id} />
          <AssetLifecycle assetId={asset.id} readOnly={caseAccess === 'READ_ONLY'} />
        </div>
      ) : null}
    </div>
  );
}

function Owners({ assetId, subjects }: { assetId: string; subjects: Subject[] }) {
  const owners = useLoad(
    () =>
      unwrap(
        registry.GET('/api/v1/assets/{assetId}/owners', { params: { path: { assetId }, query: { size: 200 } } }),
      ).then((r) => r.data.items),
    [assetId],
  );
  return (
    <>
      <h4>{t('asset.owners')}</h4>
      <ProblemView error={owners.error} />
      {owners.data && owners.data.length === 0 ? <p>{t('asset.noOwners')}</p> : null}
      {owners.data && owners.data.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('owner.col.subject')}</th>
              <th scope="col">{t('owner.col.kind')}</th>
              <th scope="col">{t('owner.col.share')}</th>
              <th scope="col">{t('owner.col.period')}</th>
            </tr>
          </thead>
          <tbody>
            {owners.data.map((o) => (
              <tr key={o.id}>
                <td>{subjectName(subjects.find((s) => s.id === o.subjectId)) || o.subjectId}</td>
                <td>{label('ownershipKind', o.kind)}</td>
                <td>{o.sharePercentage ? `${o.sharePercentage} %` : ''}</td>
                <td>
                  {t('owner.period', {
                    from: o.startDate ? date(o.startDate) : t('owner.unknownStart'),
                    to: o.endDate ? date(o.endDate) : t('owner.ongoing'),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function Valuations({ assetId }: { assetId: string }) {
  const valuations = useLoad(
    () =>
      unwrap(
        registry.GET('/api/v1/assets/{assetId}/valuations', { params: { path: { assetId }, query: { size: 50 } } }),
      ).then((r) => r.data.items),
    [assetId],
  );
  return (
    <>
      <h4>{t('asset.valuations')}</h4>
      <ProblemView error={valuations.error} />
      {valuations.data && valuations.data.length === 0 ? <p>{t('asset.noValuations')}</p> : null}
      {valuations.data && valuations.data.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('valuation.col.date')}</th>
              <th scope="col">{t('valuation.col.value')}</th>
              <th scope="col">{t('valuation.col.eur')}</th>
              <th scope="col">{t('valuation.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {valuations.data.map((v) => (
              <tr key={v.id}>
                <td>{date(v.valuationDate)}</td>
                <td>{money(v.estimatedValue)}</td>
                <td>{v.eurEquivalent.value ? money(v.eurEquivalent.value) : label('eurStatus', v.eurEquivalent.status)}</td>
                <td>
                  {v.source ?? ''} <span className="muted">{dateTime(v.recordedAt)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
