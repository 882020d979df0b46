import { admin, agent, dataOf, startSandbox } from '../harness';
import { callPortfolio, organizationId, panelExtension } from './portfolio-harness';
it('smoke', async () => {
  const sandbox = startSandbox();
  const id = organizationId(sandbox, 'Contoso Pharmaceuticals');
  const c = await callPortfolio(sandbox, 'getCustomer', { organizationId: id }, agent().accountId, 'brm-customer-panel', panelExtension(sandbox, id));
  console.log(JSON.stringify(c, null, 1).slice(0, 3000));
  sandbox.runtime.resetCalls();
  const i = await callPortfolio(sandbox, 'getCustomerInsights', { organizationId: id }, agent().accountId, 'brm-customer-panel', panelExtension(sandbox, id));
  console.log(JSON.stringify(i, null, 1).slice(0, 4000));
  console.log(sandbox.runtime.calls.map((c) => `${c.type} ${c.method} ${c.path}`).join('\n'));
  const l = await callPortfolio(sandbox, 'listPortfolio', {}, admin().accountId, 'brm-portfolio-page');
  console.log(JSON.stringify(l, null, 1).slice(0, 3000));
  sandbox.close();
});
