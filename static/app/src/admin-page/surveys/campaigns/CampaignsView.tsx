import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useState } from 'react';
import { emptyInput } from '#kernel/input-schemas';
import { useCall } from '../../../shared/bridge-client';
import { t, type MessageKey } from '../../../shared/i18n';
import { formatNumber } from '../../../shared/i18n/format';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { day } from '../controls';
import { cellStyle, OpenItemCell, SurveyTable } from '../SurveyTable';
import { CampaignDetail } from './CampaignDetail';
import { CampaignForm } from './CampaignForm';

const noInput = emptyInput.parse({});

type Screen = { kind: 'list' } | { kind: 'new' } | { kind: 'open'; id: string };

const cell = cellStyle('list');

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
        <SurveyTable
          columns={[
            t('surveys.campaigns.column.name'),
            t('surveys.campaigns.column.status'),
            t('surveys.campaigns.column.contacts'),
            t('surveys.campaigns.column.created'),
            t('surveys.campaigns.column.repeat'),
          ]}
          spacing="list"
        >
          {campaigns.map((c) => (
            <tr key={c.id}>
              <OpenItemCell
                name={c.name}
                label={t('surveys.campaigns.open', { name: c.name })}
                onOpen={() => setScreen({ kind: 'open', id: c.id })}
                testId={`campaign-${c.id}`}
              />
              <td style={cell}>{t(`surveys.campaigns.status.${c.status}` satisfies MessageKey)}</td>
              <td style={cell}>{formatNumber(c.contacts)}</td>
              <td style={cell}>{day(c.createdAt)}</td>
              <td style={cell}>{c.repeatEveryMonths === null ? '' : t('surveys.campaigns.repeat.short', { months: c.repeatEveryMonths })}</td>
            </tr>
          ))}
        </SurveyTable>
      )}
    </Stack>
  );
}
