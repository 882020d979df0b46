import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { t } from '../shared/i18n';

/** A complaint form's buttons: submit (busy while its call runs) and cancel (off meanwhile). */
export function FormActions({ submitLabel, pending, onCancel, testId }: { submitLabel: string; pending: boolean; onCancel: () => void; testId?: string }) {
  return (
    <Inline space="space.100">
      <Button type="submit" appearance="primary" isLoading={pending} {...(testId ? { testId } : {})}>
        {submitLabel}
      </Button>
      <Button appearance="subtle" onClick={onCancel} isDisabled={pending}>
        {t('complaint.form.cancel')}
      </Button>
    </Inline>
  );
}
