import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useId } from 'react';
import { LOCALES, LOCALE_NAMES, type Locale } from '#kernel/locales';
import { useAction } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { NativeSelect } from '../../shared/ui/NativeSelect';
import { adminClient } from '../client';

const OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

/**
 * The language the app names what it creates in (Jira keeps one name per issue type and request
 * type). Choosing another saves it at once; the next set-up run renames the BRM issue types.
 */
export function NamesLanguage({ value, onChanged }: { value: Locale; onChanged: () => void }) {
  const id = useId();
  const hint = `${id}-hint`;
  const saving = useAction(adminClient, 'setNamesLanguage');
  return (
    <Stack space="space.100" testId="names-language">
      <Heading size="small" as="h3">
        {t('admin.names.heading')}
      </Heading>
      <Text as="p" id={hint} color="color.text.subtle">
        {t('admin.names.intro')}
      </Text>
      <Inline space="space.100" alignBlock="center">
        <label htmlFor={id}>
          <Text weight="medium">{t('admin.names.label')}</Text>
        </label>
        <NativeSelect
          id={id}
          value={value}
          options={OPTIONS}
          describedBy={hint}
          testId="names-language-select"
          onChange={(locale) => {
            if (locale === value || saving.pending) return;
            void saving.run({ locale }).then((result) => {
              if (result.ok) onChanged();
            });
          }}
        />
      </Inline>
      {saving.error ? <ErrorMessage error={saving.error} /> : null}
    </Stack>
  );
}
