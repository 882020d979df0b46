import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ServiceView } from '#catalogue/contract';
import { t } from '../../shared/i18n';
import { StatusLozenge } from '../../shared/ui/StatusLozenge';

const head = {
  cells: [
    { key: 'name', content: t('admin.catalogue.column.name'), width: 50 },
    { key: 'status', content: t('admin.catalogue.column.status'), width: 12 },
    { key: 'updated', content: t('admin.catalogue.column.updated'), width: 14 },
    { key: 'actions', content: t('admin.catalogue.column.actions'), width: 24 },
  ],
};

const dateOf = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
};

/** The catalogue's services with their status, and buttons to edit, archive or restore each. */
export function ServiceTable({
  services,
  busyId,
  onEdit,
  onArchive,
  onRestore,
}: {
  services: readonly ServiceView[];
  /** The service being archived or restored right now. */
  busyId?: string;
  onEdit: (service: ServiceView) => void;
  onArchive: (service: ServiceView) => void;
  onRestore: (service: ServiceView) => void;
}) {
  const rows = services.map((service) => {
    const archived = service.status === 'archived';
    return {
      key: service.id,
      testId: `service-row-${service.id}`,
      cells: [
        {
          key: 'name',
          content: (
            <Stack space="space.025">
              <Text weight="medium" color={archived ? 'color.text.subtle' : 'color.text'}>
                {service.name}
              </Text>
              <Text size="small" color="color.text.subtlest">
                {service.description || t('admin.catalogue.noDescription')}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'status',
          content: <StatusLozenge appearance={archived ? 'default' : 'success'}>{t(`admin.catalogue.status.${service.status}`)}</StatusLozenge>,
        },
        { key: 'updated', content: <Text size="small">{dateOf(service.updatedAt)}</Text> },
        {
          key: 'actions',
          content: (
            <Inline space="space.050">
              <Button spacing="compact" appearance="subtle" onClick={() => onEdit(service)} aria-label={t('admin.catalogue.editLabel', { name: service.name })}>
                {t('admin.catalogue.edit')}
              </Button>
              {archived ? (
                <Button
                  spacing="compact"
                  onClick={() => onRestore(service)}
                  isLoading={busyId === service.id}
                  aria-label={t('admin.catalogue.restoreLabel', { name: service.name })}
                  testId={`service-restore-${service.id}`}
                >
                  {t('admin.catalogue.restore')}
                </Button>
              ) : (
                <Button
                  spacing="compact"
                  onClick={() => onArchive(service)}
                  isLoading={busyId === service.id}
                  aria-label={t('admin.catalogue.archiveLabel', { name: service.name })}
                  testId={`service-archive-${service.id}`}
                >
                  {t('admin.catalogue.archive')}
                </Button>
              )}
            </Inline>
          ),
        },
      ],
    };
  });
  return <DynamicTable label={t('admin.tab.catalogue')} head={head} rows={rows} testId="service-table" />;
}
