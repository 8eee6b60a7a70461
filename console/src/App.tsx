import { Suspense, useEffect, useRef } from 'react';
import { t } from './i18n';
import { PAGES, type PageDef } from './pages';
import { Link, usePath } from './router';
import { hasAnyRole, LOGIN_URL, logOut, UserContext, useSession, type SessionUser } from './session';

export function App() {
  const session = useSession();
  if (session.kind === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (session.kind === 'error') return <LoginScreen message={t('app.sessionError')} />;
  if (session.kind === 'anonymous') {
    return <LoginScreen message={session.expired ? t('app.sessionExpired') : t('app.welcome')} />;
  }
  return <Shell user={session.user} />;
}

function LoginScreen({ message }: { message: string }) {
  return (
    <main className="login" id="main">
      <h1>{t('app.title')}</h1>
      <p>{message}</p>
      <a className="button primary" href={LOGIN_URL}>
        {t('app.login')}
      </a>
    </main>
  );
}

export function pagesFor(user: SessionUser): PageDef[] {
  return PAGES.filter((page) => hasAnyRole(user, page.roles));
}

function Shell({ user }: { user: SessionUser }) {
  const path = usePath();
  const pages = pagesFor(user);
  const pathname = path.split('?')[0];
  const page = pages.find((p) => pathname === p.path || pathname.startsWith(p.path + '/'));
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${page ? t(page.titleKey) + ' · ' : ''}${t('app.title')}`;
  }, [page]);
  // After client-side navigation, keyboard and screen-reader users continue at the new content.
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [pathname]);
  return (
    <UserContext.Provider value={user}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {pages.map((p) => (
              <li key={p.path}>
                <Link to={p.path} aria-current={p === page ? 'page' : undefined}>
                  {t(p.titleKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span>
            {t('app.user', { name: user.displayName || user.username, agency: user.agency })}
          </span>
          <button type="button" onClick={() => void logOut()}>
            {t('app.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {page ? (
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <page.component path={path} />
          </Suspense>
        ) : (
          <section>
            <h1>{t('home.title')}</h1>
            {pages.length === 0 ? (
              <p>{t('home.noPages')}</p>
            ) : (
              <>
                <p>{t('home.intro')}</p>
                <ul className="home-links">
                  {pages.map((p) => (
                    <li key={p.path}>
                      <Link to={p.path}>{t(p.titleKey)}</Link> — {t(p.titleKey + '.summary')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </main>
    </UserContext.Provider>
  );
}
