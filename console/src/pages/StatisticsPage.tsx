import { useState, type FormEvent } from 'react';
import { freezing, registry } from '../api/clients';
import { unwrap } from '../api/http';
import type { FreezingStatistics, RegistrySchemas, Statistics } from '../api/types';
import { Field } from '../components/Field';
import { ProblemView } from '../components/ProblemView';
import { download, money, toCsv } from '../format';
import { label, t } from '../i18n';

type ActFigures = RegistrySchemas['ActFigures'];

interface Query {
  year: number;
  country?: string;
}

/** Registry figures (Directive 2024/1260 Art 27/28) and cross-border figures (Regulation 2018/1805 Art 35). */
export function StatisticsPage() {
  const [year, setYear] = useState(String(new Date().getUTCFullYear()));
  const [country, setCountry] = useState('');
  const [query, setQuery] = useState<Query>();
  const [registryStats, setRegistryStats] = useState<{ data?: Statistics; error?: unknown }>();
  const [freezingStats, setFreezingStats] = useState<{ data?: FreezingStatistics; error?: unknown }>();
  const [busy, setBusy] = useState(false);

  async function show(e: FormEvent) {
    e.preventDefault();
    const q: Query = { year: Number(year), country: country.trim().toUpperCase() || undefined };
    setBusy(true);
    const [r, f] = await Promise.all([
      unwrap(registry.GET('/api/v1/statistics', { params: { query: q } })).then(
        (x) => ({ data: x.data }),
        (error) => ({ error }),
      ),
      unwrap(freezing.GET('/api/v1/freezing-statistics', { params: { query: { year: q.year, format: 'json' } } })).then(
        (x) => ({ data: x.data as FreezingStatistics }),
        (error) => ({ error }),
      ),
    ]);
    setQuery(q);
    setRegistryStats(r);
    setFreezingStats(f);
    setBusy(false);
  }

  return (
    <section>
      <h1>{t('stats.title')}</h1>
      <form className="panel" onSubmit={show} noValidate aria-label={t('stats.title')}>
        <div className="form-grid">
          <Field label={t('stats.year')}>
            {(props) => <input {...props} type="number" min={1990} max={2200} value={year} onChange={(e) => setYear(e.target.value)} />}
          </Field>
          <Field label={t('stats.country')} hint={t('stats.country.hint')}>
            {(props) => <input {...props} maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />}
          </Field>
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {t('stats.show')}
        </button>
      </form>
      {registryStats ? (
        <>
          <h2>{t('stats.registry.title')}</h2>
          <ProblemView error={registryStats.error} />
          {registryStats.data ? <RegistryFigures stats={registryStats.data} /> : null}
        </>
      ) : null}
      {freezingStats && query ? (
        <>
          <h2>{t('stats.freezing.title', { year: query.year })}</h2>
          <ProblemView error={freezingStats.error} />
          {freezingStats.data ? <FreezingFigures stats={freezingStats.data} /> : null}
        </>
      ) : null}
    </section>
  );
}

function figures(f: ActFigures): string {
  return t('stats.figures', { acts: f.acts, value: money(f.valueEur), without: f.actsWithoutEurValue });
}

function BarChart({ title, rows }: { title: string; rows: { label: string; value: number }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div className="bar-chart">
        {rows.map((r) => (
          <div className="bar-row" key={r.label}>
            <span>{r.label}</span>
            <div className="bar" style={{ width: `${(r.value * 100) / max}%` }} aria-hidden="true" />
            <span>{r.value}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}

function RegistryFigures({ stats }: { stats: Statistics }) {
  function csv() {
    const rows: (string | number | undefined)[][] = [['group', 'key', 'status', 'acts', 'value_eur', 'acts_without_eur_value']];
    for (const r of stats.byStatus) rows.push(['status', r.status, r.status, r.figures.acts, r.figures.valueEur.amount, r.figures.actsWithoutEurValue]);
    for (const r of stats.byAssetType) rows.push(['asset_type', r.assetType, r.status, r.figures.acts, r.figures.valueEur.amount, r.figures.actsWithoutEurValue]);
    for (const r of stats.byCountry) rows.push(['country', r.country ?? '', r.status, r.figures.acts, r.figures.valueEur.amount, r.figures.actsWithoutEurValue]);
    for (const r of stats.byYear) rows.push(['year', r.year, r.status, r.figures.acts, r.figures.valueEur.amount, r.figures.actsWithoutEurValue]);
    for (const r of stats.currentStatus) rows.push(['current_status', r.status, r.status, r.assets, '', '']);
    download(`registry-statistics${stats.year ? '-' + stats.year : ''}.csv`, toCsv(rows), 'text/csv');
  }
  return (
    <>
      <p className="muted">
        {stats.scope === 'AGENCY' ? t('stats.scope.agency', { agency: stats.agency ?? '' }) : t('stats.scope.platform')}
      </p>
      <dl className="facts">
        <dt>{t('stats.atFreezing')}</dt>
        <dd>{figures(stats.valueAtFreezing)}</dd>
        <dt>{t('stats.atConfiscation')}</dt>
        <dd>{figures(stats.valueAtConfiscation)}</dd>
        <dt>{t('stats.atDisposal')}</dt>
        <dd>{figures(stats.valueAtDisposal)}</dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={csv}>
          {t('stats.downloadCsv')}
        </button>
      </div>
      <BarChart
        title={t('stats.currentStatus')}
        rows={stats.currentStatus.map((s) => ({ label: label('assetStatus', s.status), value: s.assets }))}
      />
      <table>
        <caption>{t('stats.byStatus')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.col.status')}</th>
            <th scope="col">{t('stats.col.acts')}</th>
            <th scope="col">{t('stats.col.valueEur')}</th>
            <th scope="col">{t('stats.col.withoutEur')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.byStatus.map((r) => (
            <tr key={r.status}>
              <td>{label('assetStatus', r.status)}</td>
              <td>{r.figures.acts}</td>
              <td>{money(r.figures.valueEur)}</td>
              <td>{r.figures.actsWithoutEurValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('stats.byCountry')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.col.country')}</th>
            <th scope="col">{t('stats.col.status')}</th>
            <th scope="col">{t('stats.col.acts')}</th>
            <th scope="col">{t('stats.col.valueEur')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.byCountry.map((r, i) => (
            <tr key={i}>
              <td>{r.country ?? t('stats.noCountry')}</td>
              <td>{label('assetStatus', r.status)}</td>
              <td>{r.figures.acts}</td>
              <td>{money(r.figures.valueEur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('stats.byAssetType')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.col.assetType')}</th>
            <th scope="col">{t('stats.col.status')}</th>
            <th scope="col">{t('stats.col.acts')}</th>
            <th scope="col">{t('stats.col.valueEur')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.byAssetType.map((r, i) => (
            <tr key={i}>
              <td>{label('assetType', r.assetType)}</td>
              <td>{label('assetStatus', r.status)}</td>
              <td>{r.figures.acts}</td>
              <td>{money(r.figures.valueEur)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function FreezingFigures({ stats }: { stats: FreezingStatistics }) {
  return (
    <>
      <p className="muted">{t('stats.freezing.scope', { scope: stats.scope })}</p>
      <div className="actions">
        <a className="button" href={`/api/v1/freezing-statistics?year=${stats.year}&format=csv`} download>
          {t('stats.downloadCsv')}
        </a>
      </div>
      {stats.rows.length === 0 ? (
        <p>{t('stats.freezing.none')}</p>
      ) : (
        <>
          <BarChart
            title={t('stats.freezing.chart')}
            rows={stats.rows.map((r) => ({ label: `${r.issuingCountry} → ${r.executingCountry}`, value: r.received }))}
          />
          <table>
            <caption>{t('stats.freezing.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.col.pair')}</th>
                <th scope="col">{t('stats.col.received')}</th>
                <th scope="col">{t('stats.col.recognised')}</th>
                <th scope="col">{t('stats.col.executed')}</th>
                <th scope="col">{t('stats.col.refused')}</th>
                <th scope="col">{t('stats.col.postponed')}</th>
                <th scope="col">{t('stats.col.daysToDecide')}</th>
                <th scope="col">{t('stats.col.daysToExecute')}</th>
                <th scope="col">{t('stats.col.frozenEur')}</th>
                <th scope="col">{t('stats.col.confiscatedEur')}</th>
                <th scope="col">{t('stats.col.victimCases')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.rows.map((r) => (
                <tr key={r.issuingCountry + r.executingCountry}>
                  <td>
                    {r.issuingCountry} → {r.executingCountry}
                  </td>
                  <td>{r.received}</td>
                  <td>{r.recognised}</td>
                  <td>{r.executed}</td>
                  <td>{r.refused}</td>
                  <td>{r.postponed}</td>
                  <td>{r.averageDaysToDecide ?? '—'}</td>
                  <td>{r.averageDaysToExecute ?? '—'}</td>
                  <td>{r.frozenValueEur}</td>
                  <td>{r.confiscatedValueEur}</td>
                  <td>{r.victimCases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {stats.notes && stats.notes.length > 0 ? (
        <ul className="muted">
          {stats.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
