import type { RegisterRow } from '#register/contract';
import type { CsvValue } from '#kernel/csv';
import { t, type MessageKey } from '../shared/i18n';

/** How long a complaint took to resolve, as the table shows it: "5 h", "3 d 4 h". */
export function durationText(hours: number): string {
  const whole = Math.round(hours);
  if (whole < 24) return t('register.duration.hours', { hours: whole });
  return t('register.duration.days', { days: Math.floor(whole / 24), hours: whole % 24 });
}

/** Age of an open complaint, or the time it took to resolve. */
export function ageText(row: RegisterRow): string {
  if (row.resolutionHours !== null) return t('register.age.resolved', { duration: durationText(row.resolutionHours) });
  return row.ageDays === null ? '' : t('register.age.open', { days: row.ageDays });
}

const yesNo = (value: boolean): string => (value ? t('register.yes') : t('register.no'));

/** The CSV export's columns: a heading and the cell of each row (plain values, so a spreadsheet can compute with them). */
export const CSV_COLUMNS: readonly { heading: MessageKey; cell: (row: RegisterRow) => CsvValue }[] = [
  { heading: 'register.column.key', cell: (r) => r.key },
  { heading: 'register.column.summary', cell: (r) => r.summary },
  { heading: 'register.column.project', cell: (r) => r.project.key },
  { heading: 'register.column.customer', cell: (r) => r.customer },
  { heading: 'register.column.service', cell: (r) => r.service },
  { heading: 'register.column.category', cell: (r) => (r.category ? t(`register.category.${r.category}`) : null) },
  { heading: 'register.column.severity', cell: (r) => (r.severity ? t(`register.severity.${r.severity}`) : null) },
  { heading: 'register.column.status', cell: (r) => r.status.name },
  { heading: 'register.column.created', cell: (r) => r.created },
  { heading: 'register.column.resolved', cell: (r) => r.resolved },
  { heading: 'register.column.age', cell: (r) => ageText(r) },
  { heading: 'register.column.measures', cell: (r) => r.measures.total },
  { heading: 'register.measures.open', cell: (r) => r.measures.open },
  { heading: 'register.measures.open-corrective', cell: (r) => r.measures.openCorrective },
  { heading: 'register.measures.overdue', cell: (r) => r.measures.overdue },
  { heading: 'register.column.nextDue', cell: (r) => r.measures.nextDue },
  { heading: 'register.column.escalated', cell: (r) => yesNo(r.escalated) },
  { heading: 'register.column.response', cell: (r) => t(`register.response.${r.response}`) },
  { heading: 'register.column.rootCause', cell: (r) => yesNo(r.rootCauseSet) },
];
