import '../shared/i18n/register';
import { z } from 'zod';
import { extensionOf, useForgeContext } from '../shared/context';
import { Loading } from '../shared/ui/Loading';
import { RegisterPage } from './RegisterPage';

/** The register's project page is opened in a project; its global page across them. */
const PROJECT_PAGE = 'brm-register-project';
const projectExtension = z.object({ project: z.object({ id: z.string(), key: z.string(), name: z.string().optional() }) });

/** The complaint register: a project page in service projects (`brm-register-project`) and the `complaints` subpage of the app's global page (`brm-global-page`). */
export function App() {
  const { context, failed } = useForgeContext();
  if (!context && !failed) return <Loading />;
  const project = context?.moduleKey === PROJECT_PAGE ? extensionOf(context, projectExtension)?.project : undefined;
  return <RegisterPage project={project} siteUrl={typeof context?.siteUrl === 'string' ? context.siteUrl : ''} />;
}
