import '../../shared/i18n/survey-admin';
import { useState } from 'react';
import { t } from '../../shared/i18n';
import { Tabs } from '../Tabs';
import { CampaignsView } from './campaigns/CampaignsView';
import { QuestionnairesView } from './questionnaires/QuestionnairesView';
import { ResultsView } from './results/ResultsView';
import { RulesForm } from './rules/RulesForm';

type SurveyTab = 'survey-results' | 'survey-questionnaires' | 'survey-rules' | 'survey-campaigns';

/** The admin page's Surveys tab: results, questionnaires, the survey after a ticket, relationship campaigns. */
export function SurveysTab() {
  const [tab, setTab] = useState<SurveyTab>('survey-results');
  return (
    <Tabs
      label={t('surveys.tabs')}
      selected={tab}
      onSelect={setTab}
      tabs={[
        { key: 'survey-results', label: t('surveys.tab.results'), panel: <ResultsView /> },
        { key: 'survey-questionnaires', label: t('surveys.tab.questionnaires'), panel: <QuestionnairesView /> },
        { key: 'survey-rules', label: t('surveys.tab.rules'), panel: <RulesForm /> },
        { key: 'survey-campaigns', label: t('surveys.tab.campaigns'), panel: <CampaignsView /> },
      ]}
    />
  );
}
