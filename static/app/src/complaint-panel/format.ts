/** Dates as the panel and the register show them: "3 Mar 2026", in the viewer's locale. */
export function shortDate(value: string | null | undefined): string {
  if (!value) return '';
  // A calendar date (YYYY-MM-DD) is that day wherever the viewer is; read it at noon UTC.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : undefined });
}

/** A new measure's id, made here so that a repeated request is recognised (`m-` and 12 letters or digits). */
export function newMeasureId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `m-${Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'.charAt(b % 36)).join('')}`;
}
