import { lazy, type ComponentType } from 'react';

// Each page is its own chunk, loaded when first opened: a prosecutor's freeze-status look-up does
// not download the tracing page's graph library.
const FreezeStatusPage = lazy(() =>
  import('./pages/FreezeStatusPage').then((m) => ({ default: m.FreezeStatusPage })),
);
const CasesPage = lazy(() => import('./pages/CasesPage').then((m) => ({ default: m.CasesPage })));
const RequestsPage = lazy(() =>
  import('./pages/RequestsPage').then((m) => ({ default: m.RequestsPage })),
);
const TracingPage = lazy(() =>
  import('./pages/TracingPage').then((m) => ({ default: m.TracingPage })),
);
const StatisticsPage = lazy(() =>
  import('./pages/StatisticsPage').then((m) => ({ default: m.StatisticsPage })),
);

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
