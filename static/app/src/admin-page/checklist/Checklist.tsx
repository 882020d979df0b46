import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useEffect, useState, type CSSProperties } from 'react';
import type { ChecklistStep, ProjectChecklist } from '#provisioning/contract';
import { useCall } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { StatusLozenge } from '../../shared/ui/StatusLozenge';
import { adminClient } from '../client';
import { SettingsLink } from '../SettingsLink';

const AREAS: readonly ChecklistStep['area'][] = ['issueType', 'fields', 'portalGroup'];

const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const row: CSSProperties = { borderTop: `1px solid ${token('color.border')}`, padding: `${token('space.100')} 0` };
const statusColumn: CSSProperties = { flexShrink: 0, minWidth: 88 };

/**
 * The steps an admin does by hand in each chosen team-managed project, each checked against Jira
 * when shown and again on "Check again", with a link to the settings page where it is done.
 */
export function Checklist({ projectIds }: { projectIds: readonly string[] }) {
  const checklist = useCall(adminClient, 'getChecklist', { projectIds: [...projectIds] });
  const [checkedAt, setCheckedAt] = useState<Date | undefined>(undefined);
  useEffect(() => {
    if (!checklist.loading && checklist.data) setCheckedAt(new Date());
  }, [checklist.loading, checklist.data]);

  if (!checklist.data) return checklist.error ? <ErrorMessage error={checklist.error} onRetry={checklist.reload} /> : <Loading />;
  return (
    <Stack space="space.300" testId="checklists">
      {checklist.data.projects.map((project) => (
        <ProjectSteps key={project.id} project={project} checking={checklist.loading} checkedAt={checkedAt} onCheck={checklist.reload} />
      ))}
    </Stack>
  );
}

function ProjectSteps({
  project,
  checking,
  checkedAt,
  onCheck,
}: {
  project: ProjectChecklist;
  checking: boolean;
  checkedAt: Date | undefined;
  onCheck: () => void;
}) {
  const done = project.steps.filter((s) => s.done).length;
  const headingId = `checklist-${project.key}`;
  return (
    <section aria-labelledby={headingId} data-testid={`checklist-${project.key}`}>
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="baseline" shouldWrap>
          <Heading size="small" as="h3" id={headingId}>
            {t('admin.checklist.title', { project: project.key })}
          </Heading>
          <Text size="small" color="color.text.subtlest">
            {t('admin.checklist.count', { done, total: project.steps.length })}
          </Text>
        </Inline>
        <SectionMessage appearance="information" testId={`checklist-${project.key}-why`}>
          <Text as="p">{t('admin.checklist.why', { project: project.key })}</Text>
        </SectionMessage>
        {AREAS.map((area) => {
          const steps = project.steps.filter((s) => s.area === area);
          if (steps.length === 0) return null;
          return (
            <Stack key={area} space="space.050">
              <Heading size="xxsmall" as="h4">
                {t(`admin.checklist.area.${area}`)}
              </Heading>
              <ul style={list}>
                {steps.map((step) => (
                  <StepRow key={step.id} step={step} />
                ))}
              </ul>
            </Stack>
          );
        })}
        <Inline space="space.150" alignBlock="center">
          <Button onClick={onCheck} isDisabled={checking} testId={`checklist-${project.key}-check`}>
            {checking ? t('admin.checklist.checking') : t('admin.checklist.checkAgain')}
          </Button>
          <div role="status" aria-live="polite">
            <Text size="small" color="color.text.subtle">
              {checkedAt && !checking ? t('admin.checklist.checked', { time: checkedAt.toLocaleTimeString(), done, total: project.steps.length }) : ''}
            </Text>
          </div>
        </Inline>
      </Stack>
    </section>
  );
}

function StepRow({ step }: { step: ChecklistStep }) {
  return (
    <li style={row} data-testid={`step-${step.id}`} data-done={step.done}>
      <Inline space="space.150" alignBlock="start">
        <div style={statusColumn}>
          <StatusLozenge appearance={step.done ? 'success' : 'default'}>{step.done ? t('admin.checklist.done') : t('admin.checklist.todo')}</StatusLozenge>
        </div>
        <Stack space="space.025" grow="fill">
          <Text>{step.task}</Text>
          {!step.done && step.detail ? (
            <Text size="small" color="color.text.subtle">
              {step.detail}
            </Text>
          ) : null}
          {!step.done ? (
            <Text size="small">
              <SettingsLink link={step.link} testId={`step-${step.id}-link`} />
            </Text>
          ) : null}
        </Stack>
      </Inline>
    </li>
  );
}
