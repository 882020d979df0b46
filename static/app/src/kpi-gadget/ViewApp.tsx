import '../shared/i18n/kpi';
import './gadget.css';
import { Box } from '@atlaskit/primitives/compiled/box';
import { gadgetConfig } from '#kpi/contract';
import { extensionOf, gadgetExtension, useForgeContext } from '../shared/context';
import { t } from '../shared/i18n';
import { Notice } from './Notice';
import { Loading } from '../shared/ui/Loading';
import { KpiView } from './KpiView';
import { Reconfigure } from './Reconfigure';

/**
 * The KPI dashboard gadget's view. Its configuration (what the edit view submitted, as Jira hands
 * it back) is parsed with the contract's schema: none yet asks for Edit, a bad one shows the
 * "reconfigure" state, never a half-working gadget.
 */
export function ViewApp() {
  const { context, failed } = useForgeContext();
  if (!context && !failed) return <Loading label={t('kpi.loading')} />;
  const extension = extensionOf(context, gadgetExtension);
  const stored = extension?.gadgetConfiguration ?? {};
  let body;
  if (Object.keys(stored).length === 0) {
    body = <Notice testId="kpi-unconfigured" title={t('kpi.unconfigured.title')} description={t('kpi.unconfigured.description')} />;
  } else {
    const parsed = gadgetConfig.safeParse(stored);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      body = <Reconfigure problem={issue ? `${issue.path.join('.')}: ${issue.message}` : ''} />;
    } else {
      const gadget: unknown = context?.extension.gadget;
      const gadgetId: unknown = typeof gadget === 'object' && gadget !== null ? Reflect.get(gadget, 'id') : undefined;
      body = (
        <KpiView
          config={parsed.data}
          siteUrl={typeof context?.siteUrl === 'string' ? context.siteUrl : ''}
          locale={typeof context?.locale === 'string' ? context.locale.replace('_', '-') : 'en-US'}
          gadgetId={typeof gadgetId === 'string' ? gadgetId : undefined}
        />
      );
    }
  }
  return <Box padding="space.100">{body}</Box>;
}
