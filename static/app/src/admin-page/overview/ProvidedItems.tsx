import type { CSSProperties, ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { AdminOverview } from '#provisioning/contract';
import { t } from '../../shared/i18n';
import { ColumnGrid } from '../../shared/ui/ColumnGrid';
import { StatusLozenge } from '../../shared/ui/StatusLozenge';
import { IssueTypeIcon } from '../IssueTypeIcon';

const plainList: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 };

type Props = Pick<AdminOverview, 'issueTypes' | 'requestTypes' | 'fields'>;

/** The issue types, request types and fields setting up BRM adds to a project. */
export function ProvidedItems({ issueTypes, requestTypes, fields }: Props) {
  return (
    <Stack space="space.150">
      <Heading size="small">{t('admin.overview.provides')}</Heading>
      <ColumnGrid minWidth={220}>
        <Column title={t('admin.overview.issueTypes')}>
          {issueTypes.map((type) => (
            <li key={type.key} data-testid={`provided-type-${type.key}`}>
              <Inline space="space.075" alignBlock="center">
                <IssueTypeIcon typeKey={type.key} />
                <Text weight="medium">{type.name}</Text>
              </Inline>
              <Text as="p" size="small" color="color.text.subtle">
                {type.description}
              </Text>
            </li>
          ))}
        </Column>
        <Column title={t('admin.overview.requestTypes')}>
          {requestTypes.map((type) => (
            <li key={type.key}>
              <Text weight="medium">{type.name}</Text>
              <Text as="p" size="small" color="color.text.subtle">
                {type.description || type.issueTypeName}
              </Text>
            </li>
          ))}
        </Column>
        <Column title={t('admin.overview.fields')}>
          {fields.map((field) => (
            <li key={field.key}>
              <Inline space="space.100" alignBlock="center">
                <Text weight="medium">{field.name}</Text>
                {field.fieldId ? (
                  <StatusLozenge>{field.fieldId}</StatusLozenge>
                ) : (
                  <Text size="small" color="color.text.subtlest">
                    {t('admin.overview.fieldMissing')}
                  </Text>
                )}
              </Inline>
              {field.brmTypes.length > 0 ? (
                <Text as="p" size="small" color="color.text.subtle">
                  {t(field.onRequestTypes ? 'admin.overview.fieldOnTypesAndRequests' : 'admin.overview.fieldOnTypes', { types: field.brmTypes.join(', ') })}
                </Text>
              ) : null}
            </li>
          ))}
        </Column>
      </ColumnGrid>
    </Stack>
  );
}

function Column({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box>
      <Stack space="space.075">
        <Heading size="xsmall" as="h4">
          {title}
        </Heading>
        <ul style={plainList}>{children}</ul>
      </Stack>
    </Box>
  );
}
