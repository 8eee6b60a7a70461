import type { Deadline } from '../api/types';
import { dateTime } from '../format';
import { label, t } from '../i18n';

/** A deadline's state in words (never colour alone), its rule and when it ends. */
export function DeadlineBadge({ deadline }: { deadline: Deadline }) {
  return (
    <span className={`deadline deadline-${deadline.state.toLowerCase()}`}>
      <span className="badge">{label('deadlineState', deadline.state)}</span>{' '}
      <span>
        {label('deadlineRule', deadline.rule)} — {t('deadline.due', { when: dateTime(deadline.dueAt) })}
      </span>
    </span>
  );
}
