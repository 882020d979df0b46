import { useState } from 'react';
import type { AdminOverview, ProvisioningRunView } from '#provisioning/contract';
import type { CallError } from '#kernel/contract';
import { Overview } from '../overview/Overview';
import { PlanReview } from './PlanReview';
import { ProvisioningRun, type RunStart } from './ProvisioningRun';

type Step = { name: 'choose' } | { name: 'plan' } | { name: 'run'; start: RunStart };

const isActive = (run: ProvisioningRunView | null): run is ProvisioningRunView => run !== null && (run.status === 'queued' || run.status === 'running');

/**
 * Setting BRM up in service projects: choose projects, review the plan (nothing changes yet),
 * confirm, follow the run and read the report. A run goes on in the background: opening the page
 * while one is going on shows its progress again, and the last report stays one click away.
 */
export function SetupTab({ overview, loading, error, reload }: { overview: AdminOverview; loading: boolean; error?: CallError; reload: () => void }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [step, setStep] = useState<Step>(() => (isActive(overview.run) ? { name: 'run', start: { run: overview.run } } : { name: 'choose' }));
  // The chosen projects in the overview's order; ids of projects that have gone are dropped.
  const projects = overview.projects.filter((p) => chosen.has(p.id));
  const projectIds = projects.map((p) => p.id);
  const teamManagedOf = (ids: readonly string[]) => overview.projects.filter((p) => ids.includes(p.id) && p.style === 'team-managed').map((p) => p.id);

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
  const back = () => {
    reload();
    setStep({ name: 'choose' });
  };

  if (step.name === 'plan') {
    return (
      <PlanReview
        projectIds={projectIds}
        teamManagedIds={teamManagedOf(projectIds)}
        issueTypes={overview.issueTypes}
        onBack={() => setStep({ name: 'choose' })}
        onProvision={() => setStep({ name: 'run', start: { projectIds, projectKeys: projects.map((p) => p.key) } })}
      />
    );
  }
  if (step.name === 'run') {
    const ids = 'run' in step.start ? step.start.run.projectIds : step.start.projectIds;
    return <ProvisioningRun start={step.start} issueTypes={overview.issueTypes} teamManagedIds={teamManagedOf(ids)} onBack={back} />;
  }
  return (
    <Overview
      overview={overview}
      loading={loading}
      error={error}
      reload={reload}
      selection={selection}
      onReview={() => setStep({ name: 'plan' })}
      onShowRun={(run) => setStep({ name: 'run', start: { run } })}
    />
  );
}
