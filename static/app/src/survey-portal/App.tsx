import '../shared/i18n/survey-portal';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Text } from '@atlaskit/primitives/compiled/text';
import { extensionOf, portalRequestExtension, useForgeContext } from '../shared/context';
import { t } from '../shared/i18n';
import { Loading } from '../shared/ui/Loading';
import { SurveyPanel } from './SurveyPanel';

/**
 * The survey on a request's page in the customer portal (`jiraServiceManagement:portalRequestDetailPanel`):
 * the questions in the customer's language (the Forge context's locale), or their answers and
 * thanks, or why the survey takes no answers.
 */
export function App() {
  const { context, failed } = useForgeContext();
  if (!context && !failed) return <Loading />;
  const extension = extensionOf(context, portalRequestExtension);
  if (!extension) {
    return (
      <Box padding="space.100">
        <Text color="color.text.subtle">{t('survey.portal.none')}</Text>
      </Box>
    );
  }
  return <SurveyPanel issueKey={extension.request.key} locale={typeof context?.locale === 'string' ? context.locale : undefined} />;
}
