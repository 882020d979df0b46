import '../shared/i18n/portfolio';
import { Box } from '@atlaskit/primitives/compiled/box';
import { PortfolioPage } from './PortfolioPage';

/** The portfolio page (jira:globalPage "Customer portfolio"). */
export function App() {
  return (
    <Box padding="space.300">
      <PortfolioPage />
    </Box>
  );
}
