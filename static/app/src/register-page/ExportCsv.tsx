import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useRef, useState } from 'react';
import { CSV_BOM, csvRow } from '#kernel/csv';
import { MAX_PAGE_SIZE, type RegisterFilter, type RegisterSort } from '#register/contract';
import { t } from '../shared/i18n';
import { registerClient } from './client';
import { CSV_COLUMNS } from './columns';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; count: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Hands the file to the browser as a download. */
function download(parts: string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The CSV export of the filtered register: every page, asked one at a time (each resolver call
 * reads one page of Jira's search, so none comes near Forge's time limit), built up in the
 * browser with a progress bar and a button that cancels between pages.
 */
export function ExportCsv({ filter, sort }: { filter: RegisterFilter; sort: RegisterSort }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const cancelled = useRef(false);

  const run = async () => {
    cancelled.current = false;
    setState({ kind: 'running', done: 0, total: 0 });
    const count = await registerClient.call('countRegister', { filter, sort });
    const total = count.ok ? count.data.count : 0;
    const parts = [CSV_BOM, csvRow(CSV_COLUMNS.map((c) => t(c.heading)))];
    let token: string | undefined;
    let done = 0;
    do {
      if (cancelled.current) {
        setState({ kind: 'cancelled' });
        return;
      }
      const page = await registerClient.call('getRegisterPage', { filter, sort, pageSize: MAX_PAGE_SIZE, ...(token ? { nextPageToken: token } : {}) });
      if (!page.ok) {
        setState({ kind: 'failed', message: page.error.message });
        return;
      }
      for (const row of page.data.rows) parts.push(csvRow(CSV_COLUMNS.map((c) => c.cell(row))));
      done += page.data.rows.length;
      token = page.data.nextPageToken ?? undefined;
      setState({ kind: 'running', done, total: Math.max(total, done) });
    } while (token);
    if (cancelled.current) {
      setState({ kind: 'cancelled' });
      return;
    }
    download(parts, t('register.export.fileName', { date: new Date().toISOString().slice(0, 10) }));
    setState({ kind: 'done', count: done });
  };

  if (state.kind === 'running') {
    const value = state.total === 0 ? 0 : Math.min(1, state.done / state.total);
    return (
      <Stack space="space.050" testId="export-progress">
        <Text size="small" testId="export-running">
          {t('register.export.running', { done: state.done, total: state.total })}
        </Text>
        <Inline space="space.100" alignBlock="center">
          <div style={{ width: 240 }}>
            <ProgressBar value={value} ariaLabel={t('register.export.progress')} />
          </div>
          <Button spacing="compact" onClick={() => (cancelled.current = true)} testId="export-cancel">
            {t('register.export.cancel')}
          </Button>
        </Inline>
      </Stack>
    );
  }
  return (
    <Inline space="space.100" alignBlock="center">
      <Button onClick={() => void run()} testId="export-csv">
        {t('register.export')}
      </Button>
      <span role="status" data-testid="export-outcome">
        {state.kind === 'done'
          ? t('register.export.done', { count: state.count })
          : state.kind === 'cancelled'
            ? t('register.export.cancelled')
            : state.kind === 'failed'
              ? t('register.export.failed', { message: state.message })
              : ''}
      </span>
    </Inline>
  );
}
