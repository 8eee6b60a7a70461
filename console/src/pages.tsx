import type { ComponentType } from 'react';
import { CasesPage } from './pages/CasesPage';
import { FreezeStatusPage } from './pages/FreezeStatusPage';
import { RequestsPage } from './pages/RequestsPage';
import { StatisticsPage } from './pages/StatisticsPage';
import { TracingPage } from './pages/TracingPage';

/** A console page: its path, its title's message key and the roles that may use it. */
export interface PageDef {
  path: string;
  titleKey: string;
  roles: readonly string[];
  component: ComponentType<{ path: string }>;
}

// Only finished pages are listed: navigation shows those the user's roles allow.
export const PAGES: PageDef[] = [
  {
    path: '/freeze-status',
    titleKey: 'nav.freezeStatus',
    roles: ['PROSECUTOR', 'ARO_ANALYST', 'ARO_SUPERVISOR'],
    component: FreezeStatusPage,
  },
  {
    path: '/cases',
    titleKey: 'nav.cases',
    roles: ['ARO_ANALYST', 'ARO_SUPERVISOR'],
    component: CasesPage,
  },
  {
    path: '/freezing-requests',
    titleKey: 'nav.requests',
    roles: ['ISSUING_AUTHORITY', 'EXECUTING_AUTHORITY'],
    component: RequestsPage,
  },
  {
    path: '/tracing',
    titleKey: 'nav.tracing',
    roles: ['ARO_ANALYST', 'ARO_SUPERVISOR'],
    component: TracingPage,
  },
  {
    path: '/statistics',
    titleKey: 'nav.statistics',
    roles: ['ARO_SUPERVISOR', 'EMPACT_INTEGRATION', 'PLATFORM_ADMIN'],
    component: StatisticsPage,
  },
];
