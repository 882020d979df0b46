import '../shared/i18n/portfolio';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Text } from '@atlaskit/primitives/compiled/text';
import { extensionOf, organizationExtension, useForgeContext } from '../shared/context';
import { t } from '../shared/i18n';
import { Loading } from '../shared/ui/Loading';
import { CustomerPanel } from './CustomerPanel';

/** The organization panel (jiraServiceManagement:organizationPanel): the customer the page is about. */
export function App() {
  const { context, failed } = useForgeContext();
  const extension = extensionOf(context, organizationExtension);
  return (
    <Box padding="space.100">
      {extension ? (
        <CustomerPanel organizationId={extension.organization.id} />
      ) : context || failed ? (
        <Text color="color.text.subtle">{t('portfolio.panel.noOrganization')}</Text>
      ) : (
        <Loading />
      )}
    </Box>
  );
}
