import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useState } from 'react';
import { useAction } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { download } from '../../portfolio-page/download';
import { portfolioAdminClient } from './client';

/** The whole portfolio as CSV, in the import's columns. */
export function ExportSection() {
  const exporting = useAction(portfolioAdminClient, 'exportPortfolio');
  const [done, setDone] = useState('');
  const run = async () => {
    const result = await exporting.run({});
    if (!result.ok) return;
    download(result.data.fileName, result.data.csv);
    setDone(t('portfolio.page.exported', { rows: result.data.rows, file: result.data.fileName }));
  };
  return (
    <Stack space="space.100" testId="portfolio-export">
      <Heading size="small" as="h3">
        {t('portfolio.admin.export')}
      </Heading>
      <Text color="color.text.subtle">{t('portfolio.admin.exportIntro')}</Text>
      <div>
        <Button onClick={() => void run()} isLoading={exporting.pending} testId="export-all">
          {t('portfolio.admin.exportButton')}
        </Button>
      </div>
      <div role="status">{done && <Text size="small">{done}</Text>}</div>
      {exporting.error && <ErrorMessage error={exporting.error} />}
    </Stack>
  );
}
