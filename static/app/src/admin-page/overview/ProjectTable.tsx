import { Checkbox } from '@atlaskit/checkbox';
import DynamicTable from '@atlaskit/dynamic-table';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ProvisionableProject } from '#provisioning/contract';
import { t } from '../../shared/i18n';
import { EmptyView } from '../../shared/ui/EmptyView';
import { StatusLozenge } from '../../shared/ui/StatusLozenge';

/** The projects the admin has chosen to set up, and how to change that choice. */
export interface ProjectSelection {
  chosen: ReadonlySet<string>;
  toggle: (projectId: string) => void;
  setAll: (projectIds: readonly string[]) => void;
}

/** The service projects the app can set up, with whether it already has; each with a checkbox to choose it. */
export function ProjectTable({ projects, loading, selection }: { projects: ProvisionableProject[]; loading: boolean; selection?: ProjectSelection }) {
  const allChosen = selection !== undefined && projects.length > 0 && projects.every((p) => selection.chosen.has(p.id));
  const someChosen = selection !== undefined && projects.some((p) => selection.chosen.has(p.id));
  const head = {
    cells: [
      ...(selection
        ? [
            {
              key: 'select',
              content: (
                <Checkbox
                  aria-label={t('admin.choose.selectAll')}
                  isChecked={allChosen}
                  isIndeterminate={someChosen && !allChosen}
                  onChange={() => selection.setAll(allChosen ? [] : projects.map((p) => p.id))}
                  testId="project-select-all"
                />
              ),
              width: 4,
            },
          ]
        : []),
      { key: 'name', content: t('admin.overview.column.project'), isSortable: true },
      { key: 'key', content: t('admin.overview.column.key'), isSortable: true },
      { key: 'style', content: t('admin.overview.column.style') },
      { key: 'status', content: t('admin.overview.column.status'), isSortable: true },
    ],
  };
  const rows = projects.map((project) => ({
    key: project.id,
    testId: `project-row-${project.key}`,
    cells: [
      ...(selection
        ? [
            {
              key: project.id,
              content: (
                <Checkbox
                  aria-label={t('admin.choose.selectProject', { name: project.name })}
                  isChecked={selection.chosen.has(project.id)}
                  onChange={() => selection.toggle(project.id)}
                  testId={`project-select-${project.key}`}
                />
              ),
            },
          ]
        : []),
      { key: project.name, content: <Text weight="medium">{project.name}</Text> },
      { key: project.key, content: project.key },
      { key: project.style, content: t(`admin.overview.style.${project.style}`) },
      {
        key: project.provisioned ? 1 : 0,
        content: (
          <Inline space="space.100" alignBlock="center">
            <StatusLozenge appearance={project.provisioned ? 'success' : project.pendingWrites === 0 && project.attention.length > 0 ? 'moved' : 'default'}>
              {project.provisioned
                ? t('admin.overview.status.provisioned')
                : project.pendingWrites === 0 && project.attention.length > 0
                  ? t('admin.overview.status.needsAdmin')
                  : t('admin.overview.status.pending')}
            </StatusLozenge>
            {!project.provisioned && project.pendingWrites > 0 ? (
              <Text size="small" color="color.text.subtlest">
                {t('admin.overview.pendingWrites', { count: project.pendingWrites })}
              </Text>
            ) : null}
          </Inline>
        ),
      },
    ],
  }));
  return (
    <DynamicTable
      label={t('admin.overview.projects')}
      head={head}
      rows={rows}
      isLoading={loading && projects.length > 0}
      defaultSortKey="name"
      defaultSortOrder="ASC"
      emptyView={<EmptyView header={t('admin.overview.empty.title')} description={t('admin.overview.empty.description')} />}
      testId="project-table"
    />
  );
}
