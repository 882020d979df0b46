import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { RegisterRow, RegisterSort, SortKey } from '#register/contract';
import { t, type MessageKey } from '../shared/i18n';
import { EmptyView } from '../shared/ui/EmptyView';
import { IssueLink } from '../shared/ui/IssueLink';
import { StatusLozenge } from '../shared/ui/StatusLozenge';
import { shortDate } from '../complaint-panel/format';
import { ageText } from './columns';

interface Column {
  key: string;
  label: MessageKey;
  /** The register's sort key when the column sorts. */
  sort?: SortKey;
  width?: number;
  project?: boolean;
  cell: (row: RegisterRow) => React.ReactNode;
}

const CATEGORY = (row: RegisterRow) => (row.category ? t(`register.category.${row.category}`) : '');

const COLUMNS: readonly Column[] = [
  { key: 'key', label: 'register.column.key', sort: 'key', width: 8, cell: (r) => <IssueLink issueKey={r.key} testId={`register-link-${r.key}`} /> },
  { key: 'summary', label: 'register.column.summary', width: 19, cell: (r) => r.summary },
  { key: 'project', label: 'register.column.project', width: 8, project: true, cell: (r) => r.project.key },
  {
    key: 'customer',
    label: 'register.column.customer',
    width: 12,
    cell: (r) => (
      <Stack space="space.025">
        <Text>{r.customer ?? ''}</Text>
        <Text size="small" color="color.text.subtle">
          {r.service ?? ''}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'category',
    label: 'register.column.category',
    // Wide enough for the longest category word in every language (Communication, Kommunikation).
    width: 13,
    cell: (r) => (
      <Stack space="space.025">
        <Text>{CATEGORY(r)}</Text>
        {r.severity ? (
          <StatusLozenge appearance={r.severity === 'critical' || r.severity === 'high' ? 'removed' : 'default'}>
            {t(`register.severity.${r.severity}`)}
          </StatusLozenge>
        ) : null}
      </Stack>
    ),
  },
  {
    key: 'status',
    label: 'register.column.status',
    sort: 'status',
    width: 9,
    cell: (r) => (
      <StatusLozenge appearance={r.status.category === 'done' ? 'success' : r.status.category === 'new' ? 'default' : 'inprogress'}>
        {r.status.name}
      </StatusLozenge>
    ),
  },
  { key: 'created', label: 'register.column.created', sort: 'created', width: 8, cell: (r) => shortDate(r.created) },
  { key: 'age', label: 'register.column.age', sort: 'resolved', width: 10, cell: (r) => <span data-testid={`register-age-${r.key}`}>{ageText(r)}</span> },
  {
    key: 'measures',
    label: 'register.column.measures',
    width: 10,
    cell: (r) =>
      r.measures.total === 0 ? (
        <Text color="color.text.subtlest">{t('register.measures.none')}</Text>
      ) : (
        <Stack space="space.025">
          <Text testId={`register-measures-${r.key}`}>{t('register.measures.cell', { open: r.measures.open, total: r.measures.total })}</Text>
          {r.measures.overdue > 0 ? (
            <StatusLozenge appearance="removed">{t('register.measures.overdueCell', { count: r.measures.overdue })}</StatusLozenge>
          ) : null}
        </Stack>
      ),
  },
  { key: 'nextDue', label: 'register.column.nextDue', sort: 'nextDue', width: 8, cell: (r) => shortDate(r.measures.nextDue) },
  {
    key: 'escalated',
    label: 'register.column.escalated',
    width: 8,
    cell: (r) => (
      <Stack space="space.025">
        {r.escalated ? (
          <StatusLozenge appearance="moved">{t('register.escalated.yes')}</StatusLozenge>
        ) : (
          <Text color="color.text.subtlest">{t('register.no')}</Text>
        )}
        {r.response !== 'none' ? (
          <StatusLozenge appearance={r.response === 'disputed' ? 'removed' : 'success'}>{t(`register.response.${r.response}`)}</StatusLozenge>
        ) : null}
      </Stack>
    ),
  },
];

/** The register's table: one row per complaint, sorted by the backend (a click on a sortable heading asks again). */
export function RegisterTable({
  rows,
  loading,
  sort,
  onSort,
  showProject,
}: {
  rows: RegisterRow[];
  loading: boolean;
  sort: RegisterSort;
  onSort: (sort: RegisterSort) => void;
  showProject: boolean;
}) {
  const columns = COLUMNS.filter((c) => showProject || !c.project);
  const sortColumn = columns.find((c) => c.sort === sort.key);
  return (
    <DynamicTableStateless
      label={t('register.title')}
      head={{ cells: columns.map((c) => ({ key: c.key, content: t(c.label), isSortable: c.sort !== undefined, width: c.width })) }}
      rows={rows.map((row) => ({ key: row.issueId, testId: `register-row-${row.key}`, cells: columns.map((c) => ({ key: c.key, content: c.cell(row) })) }))}
      isLoading={loading}
      sortKey={sortColumn?.key}
      sortOrder={sort.direction === 'asc' ? 'ASC' : 'DESC'}
      onSort={(data: unknown) => {
        const key = typeof data === 'object' && data !== null && 'key' in data ? String(data.key) : '';
        const order = typeof data === 'object' && data !== null && 'sortOrder' in data ? String(data.sortOrder) : 'DESC';
        const column = columns.find((c) => c.key === key);
        if (column?.sort) onSort({ key: column.sort, direction: order === 'ASC' ? 'asc' : 'desc' });
      }}
      emptyView={<EmptyView header={t('register.empty.title')} description={t('register.empty.description')} />}
      testId="register-table"
    />
  );
}
