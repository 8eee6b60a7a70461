import type { PageMetadata } from '../api/types';
import { t } from '../i18n';

export function Pager({ page, onPage }: { page: PageMetadata; onPage: (page: number) => void }) {
  if (page.totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" disabled={page.page <= 0} onClick={() => onPage(page.page - 1)}>
        {t('pager.previous')}
      </button>
      <span>{t('pager.position', { page: page.page + 1, pages: page.totalPages, total: page.totalElements })}</span>
      <button type="button" disabled={page.page + 1 >= page.totalPages} onClick={() => onPage(page.page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
