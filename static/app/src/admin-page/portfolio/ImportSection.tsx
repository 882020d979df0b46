import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useCallback, useState, type ChangeEvent } from 'react';
import { IMPORT_MAX_BYTES, type ImportPreviewView, type ImportRunView } from '#portfolio/contract';
import { useAction, useCall } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { formatList } from '../../shared/portfolio/labels';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { portfolioAdminClient } from './client';
import { JobProgress } from './JobProgress';
import { usePolledJob } from './usePolledJob';

const cell = { padding: '4px 8px', textAlign: 'start' as const };

/** The CSV import: choose a file, preview every row (errors with line, column and reason), import the valid rows, follow the job. */
export function ImportSection() {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [tooLarge, setTooLarge] = useState(false);
  const [createMissing, setCreateMissing] = useState(false);
  const [preview, setPreview] = useState<ImportPreviewView | undefined>(undefined);
  const previewing = useAction(portfolioAdminClient, 'previewPortfolioImport');
  const importing = useAction(portfolioAdminClient, 'runPortfolioImport');
  const last = useCall(portfolioAdminClient, 'getPortfolioImport', { jobId: null });
  const poll = useCallback((jobId: string) => portfolioAdminClient.call('getPortfolioImport', { jobId }), []);
  const [run, setRun] = usePolledJob<ImportRunView>(last.data?.run ?? null, poll);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    setPreview(undefined);
    if (!file) return;
    setFileName(file.name);
    setTooLarge(file.size > IMPORT_MAX_BYTES);
    setCsv(file.size > IMPORT_MAX_BYTES ? '' : await file.text());
  };
  const runPreview = async () => {
    const result = await previewing.run({ csv, createMissing });
    if (result.ok) setPreview(result.data);
  };
  const runImport = async () => {
    const result = await importing.run({ csv, createMissing });
    if (!result.ok) return;
    setPreview(result.data.preview);
    setRun(result.data.run);
  };

  return (
    <Stack space="space.150" testId="portfolio-import">
      <Heading size="small" as="h3">
        {t('portfolio.admin.import')}
      </Heading>
      <Text color="color.text.subtle">{t('portfolio.admin.importIntro', { columns: t('portfolio.admin.columns') })}</Text>
      <label htmlFor="portfolio-file">
        <Text weight="medium">{t('portfolio.admin.file')}</Text>
      </label>
      <input id="portfolio-file" type="file" accept=".csv,text/csv" onChange={(e) => void chooseFile(e)} data-testid="portfolio-file" />
      {tooLarge && <Text color="color.text.danger">{fileName}</Text>}
      <Checkbox
        label={t('portfolio.admin.createMissing')}
        isChecked={createMissing}
        onChange={(e) => setCreateMissing(e.currentTarget.checked)}
        testId="create-missing"
      />
      <Inline space="space.100">
        <Button onClick={() => void runPreview()} isDisabled={csv === ''} isLoading={previewing.pending} testId="preview-import">
          {t('portfolio.admin.preview')}
        </Button>
        {preview && preview.rows.length > 0 && (
          <Button appearance="primary" onClick={() => void runImport()} isLoading={importing.pending} testId="run-import">
            {t('portfolio.admin.runImport', { count: preview.rows.length })}
          </Button>
        )}
      </Inline>
      {previewing.error && <ErrorMessage error={previewing.error} />}
      {importing.error && <ErrorMessage error={importing.error} />}
      {preview && (
        <Stack space="space.100" testId="import-preview">
          <Text>{t('portfolio.admin.previewRows', { valid: preview.rows.length, invalid: preview.errors.length })}</Text>
          {preview.toCreate.length > 0 && <Text>{t('portfolio.admin.toCreate', { names: formatList(preview.toCreate) })}</Text>}
          {preview.errors.length > 0 && (
            <table style={{ borderCollapse: 'collapse' }} data-testid="import-errors">
              <thead>
                <tr>
                  <th scope="col" style={cell}>
                    {t('portfolio.admin.line')}
                  </th>
                  <th scope="col" style={cell}>
                    {t('portfolio.admin.column')}
                  </th>
                  <th scope="col" style={cell}>
                    {t('portfolio.admin.problem')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((e, i) => (
                  <tr key={`${e.line}-${e.field}-${i}`}>
                    <td style={cell}>{e.line}</td>
                    <td style={cell}>{e.field}</td>
                    <td style={cell}>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.rows.length > 0 && (
            <table style={{ borderCollapse: 'collapse' }} data-testid="import-rows">
              <thead>
                <tr>
                  <th scope="col" style={cell}>
                    {t('portfolio.admin.line')}
                  </th>
                  <th scope="col" style={cell}>
                    {t('portfolio.admin.organization')}
                  </th>
                  <th scope="col" style={cell}>
                    {t('portfolio.admin.action')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line}>
                    <td style={cell}>{r.line}</td>
                    <td style={cell}>{r.organization}</td>
                    <td style={cell}>{t(`portfolio.admin.action.${r.action}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Stack>
      )}
      {run && (
        <Stack space="space.050" testId="import-run">
          <JobProgress
            run={run}
            label={t('portfolio.admin.import')}
            status={t('portfolio.admin.importProgress', { done: run.progress.done, total: run.progress.total })}
          />
          {run.status === 'done' && run.result && (
            <>
              <Text>{t('portfolio.admin.importDone', { changed: run.result.changed, unchanged: run.result.unchanged, failed: run.result.failedCount })}</Text>
              {run.result.created.length > 0 && <Text>{t('portfolio.admin.created', { names: formatList(run.result.created) })}</Text>}
              {run.result.failed.map((f) => (
                <Text key={f.line} color="color.text.danger">
                  {t('portfolio.admin.failedLine', { line: String(f.line), message: f.message })}
                </Text>
              ))}
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
