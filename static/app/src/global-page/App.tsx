import { view } from '@forge/bridge';
import { lazy, Suspense, useEffect, useState } from 'react';
import { z } from 'zod';
import { Loading } from '../shared/ui/Loading';
import { routeOf, type GlobalPageRoute } from './routes';

const RegisterPage = lazy(() => import('../register-page/App').then((m) => ({ default: m.App })));
const PortfolioPage = lazy(() => import('../portfolio-page/App').then((m) => ({ default: m.App })));

/** A history location, or the `{ location }` update newer history versions hand their listeners. */
const pathOf = z.union([
  z.object({ location: z.object({ pathname: z.string() }) }).transform((update) => update.location.pathname),
  z.object({ pathname: z.string() }).transform((location) => location.pathname),
]);

/**
 * The app's global page (jira:globalPage `brm-global-page`): Jira's sidebar lists its subpages and
 * changes the address; this frame follows the address through `view.createHistory()` and shows the
 * complaint register or the customer portfolio, each loading its own code.
 */
export function App() {
  const [route, setRoute] = useState<GlobalPageRoute | undefined>(undefined);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let gone = false;
    view
      .createHistory()
      .then((history) => {
        if (gone) return;
        setRoute(routeOf(history.location.pathname));
        stop = history.listen((update: unknown) => {
          const path = pathOf.safeParse(update);
          if (path.success) setRoute(routeOf(path.data));
        });
      })
      .catch(() => setRoute(routeOf('')));
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
  if (!route) return <Loading />;
  return <Suspense fallback={<Loading />}>{route === 'customers' ? <PortfolioPage /> : <RegisterPage />}</Suspense>;
}
