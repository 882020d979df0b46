import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { ProvisionableProject } from '../../../../src/contract/admin';
import { t } from '../../../shared/i18n';
import { EmptyView } from '../../../shared/ui/EmptyView';

const head = {
  cells: [
    { key: 'name', content: t('admin.overview.column.project'), isSortable: true },
    { key: 'key', content: t('admin.overview.column.key'), isSortable: true },
    { key: 'style', content: t('admin.overview.column.style') },
    { key: 'status', content: t('admin.overview.column.status'), isSortable: true },
  ],
};

/** The service projects the app can set up, with whether it already has. */
export function ProjectTable({ projects, loading }: { projects: ProvisionableProject[]; loading: boolean }) {
  const rows = projects.map((project) => ({
    key: project.id,
    testId: `project-row-${project.key}`,
    cells: [
      { key: project.name, content: <Text weight="medium">{project.name}</Text> },
      { key: project.key, content: project.key },
      { key: project.style, content: t(`admin.overview.style.${project.style}`) },
      {
        key: project.provisioned ? 1 : 0,
        content: (
          <Inline space="space.100" alignBlock="center">
            <Lozenge appearance={project.provisioned ? 'success' : 'default'}>
              {project.provisioned ? t('admin.overview.status.provisioned') : t('admin.overview.status.pending')}
            </Lozenge>
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
