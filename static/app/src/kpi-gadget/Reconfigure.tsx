import { t } from '../shared/i18n';
import { Notice } from './Notice';

/** A saved configuration the gadget cannot use: what is wrong, and that Edit sets it up again. */
export function Reconfigure({ problem }: { problem: string }) {
  return <Notice testId="kpi-reconfigure" title={t('kpi.reconfigure.title')} description={t('kpi.reconfigure.description', { problem })} />;
}
