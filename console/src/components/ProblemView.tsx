import { ApiError } from '../api/http';
import { t } from '../i18n';

/** The API's problem details as the user needs them: what failed, and which field for what reason. */
export function ProblemView({ error }: { error: unknown }) {
  if (!error) return null;
  const problem =
    error instanceof ApiError ? error.problem : { title: error instanceof Error ? error.message : String(error) };
  const status = error instanceof ApiError ? error.status : undefined;
  const title =
    status === 412
      ? t('problem.stale')
      : problem.title ?? (status ? t('problem.status', { status }) : t('problem.generic'));
  return (
    <div className="problem" role="alert">
      <p className="problem-title">
        <strong>{title}</strong>
        {status ? <span className="problem-status"> ({status})</span> : null}
      </p>
      {problem.detail && status !== 412 ? <p>{problem.detail}</p> : null}
      {problem.violations && problem.violations.length > 0 ? (
        <ul className="violations" aria-label={t('problem.violations')}>
          {problem.violations.map((v, i) => (
            <li key={i}>
              <code>{v.field}</code>: {v.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {problem.requestId ? (
        <p className="muted">{t('problem.requestId', { id: problem.requestId })}</p>
      ) : null}
    </div>
  );
}
