import { useState, type FormEvent } from 'react';
import { registry } from '../api/clients';
import { ApiError, unwrap } from '../api/http';
import type { AssetStatus, NewTransition } from '../api/types';
import { Field } from '../components/Field';
import { ProblemView } from '../components/ProblemView';
import { date, dateTime, money } from '../format';
import { label, t } from '../i18n';
import { useUser } from '../session';
import { useLoad } from '../useLoad';

/** The acts an ARO_ANALYST may record; every other act needs an ARO_SUPERVISOR (registry contract). */
const ANALYST_ACTS: AssetStatus[] = ['FREEZE_REQUESTED'];
const VALUE_REQUIRED: AssetStatus[] = ['FROZEN', 'CONFISCATED', 'DISPOSED'];

export function allowedForRole(allowed: AssetStatus[], roles: string[]): AssetStatus[] {
  if (roles.includes('ARO_SUPERVISOR')) return allowed;
  if (roles.includes('ARO_ANALYST')) return allowed.filter((s) => ANALYST_ACTS.includes(s));
  return [];
}

/** The asset's lifecycle history, the acts that may follow, and recording one with If-Match. */
export function AssetLifecycle({ assetId, readOnly }: { assetId: string; readOnly: boolean }) {
  const user = useUser();
  const history = useLoad(
    () =>
      unwrap(registry.GET('/api/v1/assets/{assetId}/transitions', { params: { path: { assetId } } })).then((r) => ({
        ...r.data,
        etag: r.etag,
      })),
    [assetId],
  );
  const h = history.data;
  const acts = h && !readOnly ? allowedForRole(h.allowedTransitions, user.roles) : [];
  return (
    <>
      <h4>{t('lifecycle.title')}</h4>
      <ProblemView error={history.error} />
      {h ? (
        <>
          <p>
            {t('lifecycle.current', { status: label('assetStatus', h.status) })}{' '}
            {h.allowedTransitions.length > 0
              ? t('lifecycle.next', { statuses: h.allowedTransitions.map((s) => label('assetStatus', s)).join(', ') })
              : t('lifecycle.final')}
          </p>
          {h.items.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('lifecycle.col.act')}</th>
                  <th scope="col">{t('lifecycle.col.when')}</th>
                  <th scope="col">{t('lifecycle.col.basis')}</th>
                  <th scope="col">{t('lifecycle.col.value')}</th>
                  <th scope="col">{t('lifecycle.col.recorded')}</th>
                </tr>
              </thead>
              <tbody>
                {h.items.map((tr) => (
                  <tr key={tr.id}>
                    <td>
                      {label('assetStatus', tr.fromStatus)} → {label('assetStatus', tr.toStatus)}
                    </td>
                    <td>
                      {dateTime(tr.occurredAt)} · {tr.executingCountry}
                    </td>
                    <td>
                      {tr.legalBasis.orderReference} · {tr.legalBasis.issuingAuthority} · {date(tr.legalBasis.orderDate)}
                    </td>
                    <td>
                      {money(tr.value)}
                      {tr.eurEquivalent?.value ? ` (${money(tr.eurEquivalent.value)})` : ''}
                    </td>
                    <td>
                      {tr.actor} · {tr.recordedBy} ({tr.recordedByAgency})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {acts.length > 0 ? (
            <TransitionForm
              assetId={assetId}
              etag={h.etag}
              acts={acts}
              onRecorded={history.reload}
              onReload={history.reload}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

function TransitionForm({
  assetId,
  etag,
  acts,
  onRecorded,
  onReload,
}: {
  assetId: string;
  etag: string | null;
  acts: AssetStatus[];
  onRecorded: () => void;
  onReload: () => void;
}) {
  const [target, setTarget] = useState<AssetStatus>(acts[0]);
  const [orderReference, setOrderReference] = useState('');
  const [issuingAuthority, setIssuingAuthority] = useState('');
  const [orderDate, setOrderDate] = useState('');
  const [occurredAt, setOccurredAt] = useState('');
  const [executingCountry, setExecutingCountry] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [note, setNote] = useState('');
  const [victimProceedingsPending, setVictimProceedingsPending] = useState(false);
  const [conditions, setConditions] = useState({
    titleUncontested: false,
    notNeededAsEvidence: false,
    affectedPersonsRightsNotPrejudiced: false,
  });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function record(e: FormEvent) {
    e.preventDefault();
    const body: NewTransition = {
      targetStatus: target,
      legalBasis: {
        orderReference: orderReference.trim() || undefined,
        issuingAuthority: issuingAuthority.trim() || undefined,
        orderDate: orderDate || undefined,
      },
      // The registry requires the time of every act: an empty field means now, as its hint says.
      occurredAt: (occurredAt ? new Date(occurredAt) : new Date()).toISOString(),
      executingCountry: executingCountry.trim().toUpperCase() || undefined,
      value: amount.trim() ? { amount: amount.trim(), currency: currency.trim().toUpperCase() } : undefined,
      note: note.trim() || undefined,
      victimProceedingsPending: target === 'DISPOSED' ? victimProceedingsPending : undefined,
      restitutionConditions: target === 'RESTITUTED' ? conditions : undefined,
    };
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        registry.POST('/api/v1/assets/{assetId}/transitions', {
          params: { path: { assetId }, header: { 'If-Match': etag ?? undefined } },
          body,
        }),
      );
      onRecorded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const stale = error instanceof ApiError && error.stale;
  return (
    <form onSubmit={record} className="panel" aria-label={t('lifecycle.record')} noValidate>
      <h4>{t('lifecycle.record')}</h4>
      <div className="form-grid">
        <Field label={t('lifecycle.target')}>
          {(props) => (
            <select {...props} value={target} onChange={(e) => setTarget(e.target.value as AssetStatus)}>
              {acts.map((s) => (
                <option key={s} value={s}>
                  {label('assetStatus', s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('lifecycle.orderReference')}>
          {(props) => <input {...props} value={orderReference} onChange={(e) => setOrderReference(e.target.value)} />}
        </Field>
        <Field label={t('lifecycle.issuingAuthority')}>
          {(props) => (
            <input {...props} value={issuingAuthority} onChange={(e) => setIssuingAuthority(e.target.value)} />
          )}
        </Field>
        <Field label={t('lifecycle.orderDate')}>
          {(props) => <input {...props} type="date" value={orderDate} onChange={(e) => setOrderDate(e.target.value)} />}
        </Field>
        <Field label={t('lifecycle.occurredAt')} hint={t('lifecycle.occurredAt.hint')}>
          {(props) => (
            <input {...props} type="datetime-local" value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} />
          )}
        </Field>
        <Field label={t('lifecycle.executingCountry')}>
          {(props) => (
            <input
              {...props}
              value={executingCountry}
              maxLength={2}
              onChange={(e) => setExecutingCountry(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('lifecycle.value')}
          hint={VALUE_REQUIRED.includes(target) ? t('lifecycle.value.required') : undefined}
        >
          {(props) => (
            <input {...props} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          )}
        </Field>
        <Field label={t('lifecycle.currency')}>
          {(props) => (
            <input {...props} value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value)} />
          )}
        </Field>
        <Field label={t('lifecycle.note')} wide>
          {(props) => <textarea {...props} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
      {target === 'DISPOSED' ? (
        <label className="check">
          <input
            type="checkbox"
            checked={victimProceedingsPending}
            onChange={(e) => setVictimProceedingsPending(e.target.checked)}
          />{' '}
          {t('lifecycle.victimProceedingsPending')}
        </label>
      ) : null}
      {target === 'RESTITUTED' ? (
        <fieldset>
          <legend>{t('lifecycle.restitution')}</legend>
          {(Object.keys(conditions) as (keyof typeof conditions)[]).map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={conditions[k]}
                onChange={(e) => setConditions({ ...conditions, [k]: e.target.checked })}
              />{' '}
              {t(`lifecycle.restitution.${k}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <ProblemView error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || stale}>
          {t('lifecycle.submit')}
        </button>
        {stale ? (
          <button type="button" onClick={onReload}>
            {t('lifecycle.reload')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
