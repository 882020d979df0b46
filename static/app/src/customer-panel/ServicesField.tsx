import Select from '@atlaskit/select';
import { useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { portfolioClient } from '../shared/portfolio/client';
import { FormField } from '../shared/ui/FormField';

export type ServiceOption = { value: string; label: string };

/** A catalogue service as the services field shows it. */
export const serviceOption = (service: { id: string; name: string }): ServiceOption => ({ value: service.id, label: service.name });

/** The last field of a profile or agreement editor: the services it covers, chosen among the catalogue's services for the customer. */
export function ServicesField({
  id,
  label,
  organizationId,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  organizationId: string;
  value: readonly ServiceOption[];
  onChange: (services: ServiceOption[]) => void;
  error: string | undefined;
}) {
  const catalogue = useCall(portfolioClient, 'listServiceChoices', { organizationId });
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => (
        <Select<ServiceOption, true>
          inputId={control.id}
          aria-describedby={control.describedBy}
          isMulti
          isLoading={catalogue.loading}
          value={value}
          options={(catalogue.data?.services ?? []).map(serviceOption)}
          onChange={(values) => onChange([...values])}
          placeholder={t('portfolio.edit.servicesPlaceholder')}
        />
      )}
    </FormField>
  );
}
