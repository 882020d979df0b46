import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import type { ProvisionableProject } from '#provisioning/contract';
import { t } from '../../shared/i18n';
import { SettingsLink } from '../SettingsLink';

const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const row: CSSProperties = { borderTop: `1px solid ${token('color.border')}`, padding: `${token('space.075')} 0` };

/**
 * What waits for an admin in each project (a request type in no portal group, a team-managed
 * project's issue types and fields), with a link to the settings page where it is done. Read
 * fresh with every overview, so a done step drops off.
 */
export function Attention({ projects }: { projects: readonly ProvisionableProject[] }) {
  const waiting = projects.filter((p) => p.attention.length > 0);
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="attention-title" data-testid="attention">
      <Stack space="space.100">
        <Heading size="small" as="h2" id="attention-title">
          {t('admin.overview.attention')}
        </Heading>
        <Text as="p" color="color.text.subtle">
          {t('admin.overview.attention.intro')}
        </Text>
        {waiting.map((project) => (
          <Stack key={project.id} space="space.050">
            <Heading size="xxsmall" as="h3">
              {`${project.name} (${project.key})`}
            </Heading>
            <ul style={list}>
              {project.attention.map((item) => (
                <li key={item.id} style={row} data-testid={`attention-${item.id}`}>
                  <Stack space="space.025">
                    <Text>{item.summary}</Text>
                    <Text size="small">
                      {item.adminAction.message} <SettingsLink link={item.adminAction.link} testId={`attention-${item.id}-link`} />
                    </Text>
                  </Stack>
                </li>
              ))}
            </ul>
          </Stack>
        ))}
      </Stack>
    </section>
  );
}
