import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { emptyInput } from '#kernel/input-schemas';
import { useCall } from '../../../shared/bridge-client';
import { t, type MessageKey } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { day } from '../controls';
import { CampaignDetail } from './CampaignDetail';
import { CampaignForm } from './CampaignForm';

const noInput = emptyInput.parse({});

type Screen = { kind: 'list' } | { kind: 'new' } | { kind: 'open'; id: string };

const cell = { padding: token('space.075'), color: token('color.text') };

/** The relationship campaigns: the list, the form that plans and starts one, and one campaign's progress and results. */
export function CampaignsView() {
  const list = useCall(surveyAdminClient, 'listCampaigns', noInput);
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const back = () => {
    setScreen({ kind: 'list' });
    list.reload();
  };
  if (screen.kind === 'new') return <CampaignForm onCancel={back} onStarted={(id) => setScreen({ kind: 'open', id })} />;
  if (screen.kind === 'open') return <CampaignDetail key={screen.id} id={screen.id} onBack={back} onOpen={(id) => setScreen({ kind: 'open', id })} />;
  if (!list.data) return list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : <Loading />;
  const { campaigns } = list.data;
  return (
    <Stack space="space.300" testId="survey-campaigns">
      <Text>{t('surveys.campaigns.intro')}</Text>
      <Inline>
        <Button appearance="primary" onClick={() => setScreen({ kind: 'new' })} testId="campaign-new">
          {t('surveys.campaigns.new')}
        </Button>
      </Inline>
      {campaigns.length === 0 ? (
        <Text color="color.text.subtle">{t('surveys.campaigns.none')}</Text>
      ) : (
        <table style={{ borderCollapse: 'collapse', font: token('font.body') }}>
          <thead>
            <tr>
              {[
                t('surveys.campaigns.column.name'),
                t('surveys.campaigns.column.status'),
                t('surveys.campaigns.column.contacts'),
                t('surveys.campaigns.column.created'),
                t('surveys.campaigns.column.repeat'),
              ].map((h) => (
                <th
                  key={h}
                  scope="col"
                  style={{
                    textAlign: 'left',
                    padding: token('space.075'),
                    borderBottom: `1px solid ${token('color.border')}`,
                    color: token('color.text.subtle'),
                  }}
                >
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr key={c.id}>
                <td style={cell}>
                  <Button
                    appearance="subtle"
                    onClick={() => setScreen({ kind: 'open', id: c.id })}
                    aria-label={t('surveys.campaigns.open', { name: c.name })}
                    testId={`campaign-${c.id}`}
                  >
                    {c.name}
                  </Button>
                </td>
                <td style={cell}>{t(`surveys.campaigns.status.${c.status}` satisfies MessageKey)}</td>
                <td style={cell}>{c.contacts}</td>
                <td style={cell}>{day(c.createdAt)}</td>
                <td style={cell}>{c.repeatEveryMonths === null ? '' : t('surveys.campaigns.repeat.short', { months: c.repeatEveryMonths })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}
