/**
 * Which fields a response includes, from Jira's `fields` parameter: ids, `*all`, `*navigable`,
 * and `-id` to leave one out. `id` alone (the search default) selects no field.
 */
export class FieldSelection {
  private constructor(
    private readonly everything: boolean,
    private readonly included: ReadonlySet<string>,
    private readonly excluded: ReadonlySet<string>,
  ) {}

  /** Parses `fields` given as a list or a comma-separated string; `fallback` applies when it is absent or empty. */
  static parse(raw: readonly string[] | string | null | undefined, fallback: readonly string[]): FieldSelection {
    const list = (typeof raw === 'string' ? raw.split(',') : (raw ?? [])).map((s) => s.trim()).filter((s) => s.length > 0);
    const entries = list.length > 0 ? list : fallback;
    let everything = false;
    const included = new Set<string>();
    const excluded = new Set<string>();
    for (const entry of entries) {
      if (entry === '*all' || entry === '*navigable') everything = true;
      else if (entry.startsWith('-')) excluded.add(entry.slice(1));
      else if (entry !== 'id' && entry !== 'key') included.add(entry);
    }
    return new FieldSelection(everything, included, excluded);
  }

  has(fieldId: string): boolean {
    if (this.excluded.has(fieldId)) return false;
    return this.everything || this.included.has(fieldId);
  }

  /** True when only issue ids (and keys) are asked for: search may then return up to 5000 per page. */
  get idsOnly(): boolean {
    return !this.everything && this.included.size === 0;
  }
}
