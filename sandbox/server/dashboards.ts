import type { Dashboard, DashboardGadget } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';

/** Dashboard names, as Jira limits them. */
export const DASHBOARD_NAME_MAX = 255;

/**
 * Dashboards and their gadgets, kept in the Jira emulator's store as Jira keeps them. A gadget's
 * edit view saves its configuration with `view.submit(config)`; the dashboard hands it back as
 * `extension.gadgetConfiguration`. Jira opens a gadget in its edit view until it has one.
 */
export class DashboardStore {
  constructor(private readonly store: JiraStore) {}

  all(): Dashboard[] {
    return [...this.store.docs.dashboards.all()].sort((a, b) => Number(a.id) - Number(b.id));
  }

  get(dashboardId: string): Dashboard | undefined {
    return this.store.docs.dashboards.get(dashboardId);
  }

  gadget(dashboardId: string, gadgetId: string): DashboardGadget | undefined {
    return this.get(dashboardId)?.gadgets.find((g) => g.id === gadgetId);
  }

  create(name: string, ownerId: string): Dashboard {
    return this.store.transaction(() => this.store.docs.dashboards.put({ id: this.store.nextId('dashboard'), name, ownerId, gadgets: [] }));
  }

  /** Adds a gadget of an app's module at the top of the dashboard, unconfigured. */
  addGadget(dashboardId: string, moduleKey: string): DashboardGadget | undefined {
    return this.store.transaction(() => {
      const dashboard = this.get(dashboardId);
      if (!dashboard) return undefined;
      const gadget: DashboardGadget = { id: this.store.nextId('dashboardGadget'), moduleKey, configuration: null };
      this.store.docs.dashboards.put({ ...dashboard, gadgets: [gadget, ...dashboard.gadgets] });
      return gadget;
    });
  }

  removeGadget(dashboardId: string, gadgetId: string): boolean {
    return this.store.transaction(() => {
      const dashboard = this.get(dashboardId);
      if (!dashboard?.gadgets.some((g) => g.id === gadgetId)) return false;
      this.store.docs.dashboards.put({ ...dashboard, gadgets: dashboard.gadgets.filter((g) => g.id !== gadgetId) });
      return true;
    });
  }

  /** Saves what a gadget's edit view submitted; false when there is no such gadget. */
  configure(dashboardId: string, gadgetId: string, configuration: Record<string, unknown>): boolean {
    return this.store.transaction(() => {
      const dashboard = this.get(dashboardId);
      if (!dashboard?.gadgets.some((g) => g.id === gadgetId)) return false;
      this.store.docs.dashboards.put({ ...dashboard, gadgets: dashboard.gadgets.map((g) => (g.id === gadgetId ? { ...g, configuration } : g)) });
      return true;
    });
  }
}
