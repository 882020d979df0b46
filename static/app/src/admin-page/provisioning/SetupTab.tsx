import { useState } from 'react';
import type { AdminOverview } from '../../../../../src/contract/admin';
import type { CallError } from '../../../../../src/contract/define';
import { Overview } from '../overview/Overview';
import { PlanReview } from './PlanReview';
import { ProvisioningRun } from './ProvisioningRun';

type Step = 'choose' | 'plan' | 'run';

/**
 * Setting BRM up in service projects: choose projects, review the plan (nothing changes yet),
 * confirm, read the report. Back on the overview, the project list is read again.
 */
export function SetupTab({ overview, loading, error, reload }: { overview: AdminOverview; loading: boolean; error?: CallError; reload: () => void }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [step, setStep] = useState<Step>('choose');
  // The chosen projects in the overview's order; ids of projects that have gone are dropped.
  const projects = overview.projects.filter((p) => chosen.has(p.id));
  const projectIds = projects.map((p) => p.id);

  const selection = {
    chosen,
    toggle: (id: string) =>
      setChosen((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    setAll: (ids: readonly string[]) => setChosen(new Set(ids)),
  };

  if (step === 'plan') return <PlanReview projectIds={projectIds} issueTypes={overview.issueTypes} onBack={() => setStep('choose')} onProvision={() => setStep('run')} />;
  if (step === 'run') {
    return (
      <ProvisioningRun
        projectIds={projectIds}
        projectKeys={projects.map((p) => p.key)}
        issueTypes={overview.issueTypes}
        onBack={() => {
          reload();
          setStep('choose');
        }}
      />
    );
  }
  return <Overview overview={overview} loading={loading} error={error} reload={reload} selection={selection} onReview={() => setStep('plan')} />;
}
