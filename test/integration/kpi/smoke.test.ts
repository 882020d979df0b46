import { addBrmHistory } from '../../support/brm-history';
import { agent, callKpiGadget, dataOf, startSandbox } from '../harness';

test('smoke', async () => {
  const sandbox = startSandbox();
  addBrmHistory(sandbox.jira, { complaints: 60, compliments: 30, businessCases: 20, serviceRequirements: 10, services: [{ id: 's1', name: 'Email' }], now: new Date() });
  const config = { kpis: [{ id: 'complaints-received' }, { id: 'complaint-resolution-mean' }, { id: 'complaint-rate' }, { id: 'budget-overruns' }, { id: 'csat-percent' }, { id: 'complaints-escalated' }, {id:'complaints-recurring'}], period: { kind: 'last-quarter' } };
  sandbox.runtime.resetCalls();
  const t = Date.now();
  const result = await callKpiGadget(sandbox, 'getKpis', config, agent().accountId);
  console.log(Date.now() - t, result.ok);
  { const tally: Record<string, number> = {}; for (const c of sandbox.runtime.calls) tally[`${c.type} ${c.path.split('?')[0]} ${c.status}`] = (tally[`${c.type} ${c.path.split('?')[0]} ${c.status}`] ?? 0) + 1; console.log(tally); }
  sandbox.runtime.resetCalls();
  const again = dataOf(await callKpiGadget(sandbox, 'getKpis', config, agent().accountId));
  const tally: Record<string, number> = {}; for (const c of sandbox.runtime.calls) tally[`${c.type} ${c.path.split('?')[0]}`] = (tally[`${c.type} ${c.path.split('?')[0]}`] ?? 0) + 1; console.log(tally);
  console.log(again.kpis.map(k => [k.id, k.state, k.value, k.reason, k.detail]));
  sandbox.close();
}, 60000);
