import '../../shared/i18n/portfolio';
import '../../shared/i18n/portfolio-admin';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { BackfillSection } from './BackfillSection';
import { ExportSection } from './ExportSection';
import { HealthSettingsSection } from './HealthSettingsSection';
import { ImportSection } from './ImportSection';

/** The admin page's "Customer portfolio" tab: import and export, the Customer backfill, health thresholds. */
export function PortfolioTab() {
  return (
    <Stack space="space.400" testId="portfolio-tab">
      <ImportSection />
      <ExportSection />
      <BackfillSection />
      <HealthSettingsSection />
    </Stack>
  );
}
