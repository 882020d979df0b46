import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useState } from 'react';
import type { ServiceView } from '#catalogue/contract';
import type { CallError } from '#kernel/contract';
import { useCall } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { EmptyView } from '../../shared/ui/EmptyView';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { adminClient } from '../client';
import { sortServices } from './service-draft';
import { ServiceForm } from './ServiceForm';
import { ServiceTable } from './ServiceTable';

/** What the form is doing: nothing, adding a service, or editing one. */
type Editing = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; service: ServiceView };

/** The service catalogue: the services agents choose on tickets; add, edit, archive and restore them. */
export function CatalogueTab() {
  const list = useCall(adminClient, 'listServices', { includeArchived: true });
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [busyId, setBusyId] = useState<string | undefined>(undefined);
  const [rowError, setRowError] = useState<CallError | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  const setArchived = async (service: ServiceView, archived: boolean) => {
    setBusyId(service.id);
    setRowError(undefined);
    const result = await adminClient.call(archived ? 'archiveService' : 'restoreService', { id: service.id });
    setBusyId(undefined);
    if (!result.ok) {
      setRowError(result.error);
      return;
    }
    setAnnouncement(t('admin.catalogue.saved', { name: result.data.service.name }));
    list.reload();
  };

  if (!list.data) return list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : <Loading />;
  const services = sortServices(list.data.services);
  const active = services.filter((s) => s.status === 'active').length;
  const form =
    editing.mode === 'closed' ? null : (
      <ServiceForm
        key={editing.mode === 'edit' ? editing.service.id : 'new'}
        service={editing.mode === 'edit' ? editing.service : undefined}
        onCancel={() => setEditing({ mode: 'closed' })}
        onSaved={(saved) => {
          setEditing({ mode: 'closed' });
          setAnnouncement(t('admin.catalogue.saved', { name: saved.name }));
          list.reload();
        }}
      />
    );

  return (
    <Stack space="space.200" testId="service-catalogue">
      <Text as="p">{t('admin.catalogue.intro')}</Text>
      <Inline space="space.150" alignBlock="center" spread="space-between">
        <Text color="color.text.subtle" testId="service-count">
          {t('admin.catalogue.count', { active, archived: services.length - active })}
        </Text>
        {editing.mode === 'closed' ? (
          <Button appearance="primary" onClick={() => setEditing({ mode: 'add' })} testId="service-add">
            {t('admin.catalogue.add')}
          </Button>
        ) : null}
      </Inline>
      <div role="status" aria-live="polite" data-testid="service-announcement">
        {announcement ? (
          <Text size="small" color="color.text.success">
            {announcement}
          </Text>
        ) : null}
      </div>
      {form}
      {list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {rowError ? <ErrorMessage error={rowError} /> : null}
      {services.length === 0 ? (
        editing.mode === 'closed' ? (
          <EmptyView
            header={t('admin.catalogue.empty.title')}
            description={t('admin.catalogue.empty.description')}
            action={<Button onClick={() => setEditing({ mode: 'add' })}>{t('admin.catalogue.add')}</Button>}
          />
        ) : null
      ) : (
        <ServiceTable
          services={services}
          busyId={busyId}
          onEdit={(service) => setEditing({ mode: 'edit', service })}
          onArchive={(service) => void setArchived(service, true)}
          onRestore={(service) => void setArchived(service, false)}
        />
      )}
    </Stack>
  );
}
