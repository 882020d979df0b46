import fc from 'fast-check';
import { MODULE_SURFACES, SURFACES, surfaceOf } from '../../../../../static/app/src/shell/surfaces';
import { appManifest } from '#test/support/app';

describe('surfaceOf', () => {
  it('shows each module of the app its own surface', () => {
    expect(surfaceOf({ moduleKey: 'brm-admin-page', extension: { type: 'jira:adminPage' } })).toBe('admin-page');
    expect(surfaceOf({ moduleKey: 'brm-issue-panel', extension: {} })).toBe('issue-panel');
    expect(surfaceOf({ moduleKey: 'brm-feedback-context' })).toBe('issue-context');
    expect(surfaceOf({ moduleKey: 'brm-feedback-action' })).toBe('issue-action');
  });

  it("opens the KPI gadget's edit view when Jira says edit (a new gadget, or Edit on the dashboard), and its view otherwise", () => {
    expect(surfaceOf({ moduleKey: 'brm-kpi-gadget', extension: { gadgetConfiguration: {}, entryPoint: 'edit' } })).toBe('kpi-gadget-edit');
    expect(surfaceOf({ moduleKey: 'brm-kpi-gadget', extension: { gadgetConfiguration: { kpis: [] } } })).toBe('kpi-gadget');
  });

  it("opens a custom field's edit experience only when Jira says edit, and its view otherwise", () => {
    for (const moduleKey of ['brm-customer', 'brm-service']) {
      expect(surfaceOf({ moduleKey, extension: { entryPoint: 'edit', renderContext: 'issue-view' } })).toBe('field-edit');
      expect(surfaceOf({ moduleKey, extension: { renderContext: 'issue-view', entryPoint: 'view' } })).toBe('field-view');
      expect(surfaceOf({ moduleKey })).toBe('field-view');
    }
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (extension) => {
        const surface = surfaceOf({ moduleKey: 'brm-customer', extension });
        return surface === (extension.entryPoint === 'edit' ? 'field-edit' : 'field-view');
      }),
    );
  });

  it('knows no surface for a module it does not have, nor without a context', () => {
    expect(surfaceOf({ moduleKey: 'brm-no-such-module' })).toBeUndefined();
    expect(surfaceOf({ moduleKey: 'toString' })).toBeUndefined();
    expect(surfaceOf({ moduleKey: 42 })).toBeUndefined();
    expect(surfaceOf(undefined)).toBeUndefined();
  });
});

describe('the shell and manifest.yml', () => {
  const uiModules = appManifest().modules.filter((m) => m.resourceKey !== undefined);

  it('has a surface for every UI module the manifest declares', () => {
    expect(uiModules.length).toBeGreaterThan(0);
    expect(uiModules.map((m) => m.key).filter((key) => surfaceOf({ moduleKey: key }) === undefined)).toEqual([]);
  });

  it('names no module the manifest does not declare, and every surface is shown by some module', () => {
    const declared = new Set(uiModules.map((m) => m.key));
    expect(Object.keys(MODULE_SURFACES).filter((key) => !declared.has(key))).toEqual([]);
    const shown = new Set(Object.values(MODULE_SURFACES).flatMap((s) => (typeof s === 'string' ? [s] : Object.values(s))));
    expect(SURFACES.filter((s) => !shown.has(s))).toEqual([]);
  });
});
