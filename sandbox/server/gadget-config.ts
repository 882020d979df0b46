import { z } from 'zod';
import type { SandboxDatabase } from '../store/database';

const configJson = z.record(z.string(), z.unknown());

/**
 * Dashboard gadget configurations, as Jira keeps them per dashboard item. A gadget saves its
 * configuration with `view.submit(config)` from its edit view; the dashboard hands it back as
 * `extension.gadgetConfiguration`.
 */
export class GadgetConfigStore {
  constructor(private readonly db: SandboxDatabase) {
    db.exec(
      'CREATE TABLE IF NOT EXISTS sandbox_gadget_config (dashboard_id TEXT NOT NULL, module_key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (dashboard_id, module_key)) WITHOUT ROWID',
    );
  }

  get(dashboardId: string, moduleKey: string): Record<string, unknown> {
    const row: unknown = this.db.prepare('SELECT json FROM sandbox_gadget_config WHERE dashboard_id = ? AND module_key = ?').get(dashboardId, moduleKey);
    const parsed = z.object({ json: z.string() }).safeParse(row);
    if (!parsed.success) return {};
    const config = configJson.safeParse(JSON.parse(parsed.data.json));
    return config.success ? config.data : {};
  }

  set(dashboardId: string, moduleKey: string, config: Record<string, unknown>): void {
    this.db
      .prepare(
        'INSERT INTO sandbox_gadget_config (dashboard_id, module_key, json) VALUES (?, ?, ?) ON CONFLICT (dashboard_id, module_key) DO UPDATE SET json = excluded.json',
      )
      .run(dashboardId, moduleKey, JSON.stringify(config));
  }
}
