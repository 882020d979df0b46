import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { SERVICE_DESCRIPTION_MAX_LENGTH, SERVICE_NAME_MAX_LENGTH, type ServiceView } from '#catalogue/contract';
import { useAction } from '../../shared/bridge-client';
import { fieldMessage, isFieldError } from '../../shared/field-errors';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormField } from '../../shared/ui/FormField';
import { adminClient } from '../client';
import { draftOf, saveInputOf, SERVICE_FIELDS, serviceDraftProblems, type ServiceDraft, type ServiceField } from './service-draft';

const panel = { border: `1px solid ${token('color.border')}`, borderRadius: 6 };

/**
 * Adding or editing a service of the catalogue. Problems are shown next to their field, the
 * page's own checks first, then the backend's. Escape cancels.
 */
export function ServiceForm({ service, onSaved, onCancel }: { service?: ServiceView; onSaved: (service: ServiceView) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<ServiceDraft>(() => draftOf(service));
  const [tried, setTried] = useState(false);
  const save = useAction(adminClient, 'saveService');
  const problems = serviceDraftProblems(draft);
  const problem = (field: ServiceField): string | undefined => {
    const key = tried ? problems[field] : undefined;
    return key ? t(key, { max: field === 'name' ? SERVICE_NAME_MAX_LENGTH : SERVICE_DESCRIPTION_MAX_LENGTH }) : fieldMessage(save.error, field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.pending) return;
    setTried(true);
    const first = SERVICE_FIELDS.find((field) => problems[field] !== undefined);
    if (first) {
      document.getElementById(`service-${first}`)?.focus();
      return;
    }
    const result = await save.run(saveInputOf(draft));
    if (result.ok) onSaved(result.data.service);
    else {
      const field = SERVICE_FIELDS.find((f) => fieldMessage(result.error, f) !== undefined);
      if (field) document.getElementById(`service-${field}`)?.focus();
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onCancel();
  };

  return (
    <div style={panel} onKeyDown={onKeyDown}>
      <Box padding="space.200">
        <form onSubmit={(event) => void submit(event)} noValidate data-testid="service-form">
          <Stack space="space.200">
            <Heading size="small" as="h3">
              {service ? t('admin.catalogue.editTitle', { name: service.name }) : t('admin.catalogue.addTitle')}
            </Heading>
            <FormField id="service-name" label={t('admin.catalogue.name')} required error={problem('name')}>
              {(control) => (
                <Textfield
                  id={control.id}
                  name="name"
                  value={draft.name}
                  onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
                  isInvalid={control.isInvalid}
                  aria-describedby={control.describedBy}
                  autoFocus
                  testId="service-name"
                />
              )}
            </FormField>
            <FormField
              id="service-description"
              label={t('admin.catalogue.description')}
              helper={t('admin.catalogue.description.helper')}
              error={problem('description')}
            >
              {(control) => (
                <TextArea
                  id={control.id}
                  name="description"
                  value={draft.description}
                  onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
                  isInvalid={control.isInvalid}
                  aria-describedby={control.describedBy}
                  minimumRows={2}
                  resize="vertical"
                />
              )}
            </FormField>
            {save.error && !isFieldError(save.error, SERVICE_FIELDS) ? <ErrorMessage error={save.error} /> : null}
            <Inline space="space.100">
              <Button type="submit" appearance="primary" isLoading={save.pending} testId="service-save">
                {t('admin.catalogue.save')}
              </Button>
              <Button appearance="subtle" onClick={onCancel}>
                {t('admin.catalogue.cancel')}
              </Button>
            </Inline>
          </Stack>
        </form>
      </Box>
    </div>
  );
}
