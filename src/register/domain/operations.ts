import {
  APP_ACTOR,
  MAX_ESCALATIONS_KEPT,
  MAX_MEASURES,
  MAX_REOPENINGS_KEPT,
  PROPERTY_MAX_BYTES,
  recordBytes,
  withIndex,
  type ClosedStatus,
  type ComplaintRecord,
  type CustomerResponse,
  type Escalation,
  type EscalationKind,
  type Measure,
  type MeasureType,
} from './complaint-record';

/**
 * The changes an agent (or the escalation run) makes to a complaint, as operations applied to the
 * latest stored record. Two agents who change different measures, or different analysis fields,
 * both keep their change; an operation that truly collides with a change it did not see (editing
 * a measure someone just closed, or a measure at a revision that is no longer current) is refused
 * as a conflict, with the record as it now is.
 */

export interface MeasureDraft {
  type: MeasureType;
  description: string;
  ownerAccountId: string;
  dueDate: string;
}

export type MeasureChanges = Partial<MeasureDraft>;

export interface AnalysisValues {
  rootCause?: string | null;
  response?: CustomerResponse;
}

export type ComplaintOperation =
  /** Adds a measure under the id its client made; the same add again changes nothing. */
  | { kind: 'addMeasure'; measureId: string; measure: MeasureDraft }
  /** Changes an open measure, made on the measure's `revision`. */
  | { kind: 'editMeasure'; measureId: string; revision: number; changes: MeasureChanges }
  /** Closes an open measure as done or cancelled. */
  | { kind: 'closeMeasure'; measureId: string; revision: number; outcome: ClosedStatus }
  /** Opens a closed measure again. */
  | { kind: 'reopenMeasure'; measureId: string; revision: number }
  /**
   * Sets analysis fields. `expected` holds what the caller saw for each field it changes: a field
   * someone else has changed since (to another value than this one's) is a conflict.
   */
  | { kind: 'setAnalysis'; expected: AnalysisValues; changes: AnalysisValues }
  /** Records an escalation: an agent's, or one of the daily run's alerts (its id makes it happen once). */
  | { kind: 'escalate'; escalationId: string; escalationKind: EscalationKind; toAccountId: string | null; measureId?: string; note?: string }
  /** Records that the complaint was reopened (its resolution cleared); the same reopening again changes nothing. */
  | { kind: 'recordReopening'; reopeningId: string; at: string };

/** Why an operation collided with a change it had not seen. */
export type ConflictReason = 'measure-closed' | 'measure-changed' | 'analysis-changed' | 'measure-id-taken';

/** Why an operation cannot apply whatever the record's history. */
export type RefusalReason = 'measure-not-found' | 'too-many-measures' | 'measure-not-open' | 'nothing-to-change' | 'record-full';

export type OperationOutcome =
  | { outcome: 'applied'; record: ComplaintRecord }
  /** The record already holds what the operation asks for (a repeated request): nothing to write. */
  | { outcome: 'unchanged'; record: ComplaintRecord }
  | { outcome: 'conflict'; reason: ConflictReason; field: string; record: ComplaintRecord; measure?: Measure }
  | { outcome: 'refused'; reason: RefusalReason; field: string; record: ComplaintRecord };

export interface Actor {
  accountId: string;
  /** ISO instant of the change. */
  at: string;
}

const sameDraft = (measure: Measure, draft: MeasureDraft): boolean =>
  measure.type === draft.type &&
  measure.description === draft.description &&
  measure.ownerAccountId === draft.ownerAccountId &&
  measure.dueDate === draft.dueDate;

/** The record after a change: its revision counts one more and its index values follow. */
function changed(record: ComplaintRecord, actor: Actor, change: Partial<ComplaintRecord>): OperationOutcome {
  return { outcome: 'applied', record: withIndex({ ...record, ...change, revision: record.revision + 1, updatedAt: actor.at, updatedBy: actor.accountId }) };
}

const replaceMeasure = (record: ComplaintRecord, measure: Measure): Measure[] => record.measures.map((m) => (m.id === measure.id ? measure : m));

function findMeasure(record: ComplaintRecord, measureId: string): Measure | OperationOutcome {
  const measure = record.measures.find((m) => m.id === measureId);
  return measure ?? { outcome: 'refused', reason: 'measure-not-found', field: 'measureId', record };
}

const isOutcome = (value: Measure | OperationOutcome): value is OperationOutcome => 'outcome' in value;

function addMeasure(record: ComplaintRecord, op: Extract<ComplaintOperation, { kind: 'addMeasure' }>, actor: Actor): OperationOutcome {
  const existing = record.measures.find((m) => m.id === op.measureId);
  if (existing) {
    // The same add repeated (a retried request) is done already; another measure under that id is not this one.
    return sameDraft(existing, op.measure) && existing.createdBy === actor.accountId
      ? { outcome: 'unchanged', record }
      : { outcome: 'conflict', reason: 'measure-id-taken', field: 'measureId', record, measure: existing };
  }
  if (record.measures.length >= MAX_MEASURES) return { outcome: 'refused', reason: 'too-many-measures', field: 'measure', record };
  const measure: Measure = {
    id: op.measureId,
    ...op.measure,
    status: 'open',
    revision: 1,
    createdBy: actor.accountId,
    createdAt: actor.at,
    updatedBy: actor.accountId,
    updatedAt: actor.at,
  };
  return changed(record, actor, { measures: [...record.measures, measure] });
}

/** Whether a measure is still as the caller saw it; else the conflict that explains how it moved on. */
function staleness(record: ComplaintRecord, measure: Measure, revision: number): OperationOutcome | undefined {
  if (measure.revision === revision) return undefined;
  if (measure.status !== 'open') return { outcome: 'conflict', reason: 'measure-closed', field: 'measureId', record, measure };
  return { outcome: 'conflict', reason: 'measure-changed', field: 'revision', record, measure };
}

function editMeasure(record: ComplaintRecord, op: Extract<ComplaintOperation, { kind: 'editMeasure' }>, actor: Actor): OperationOutcome {
  const found = findMeasure(record, op.measureId);
  if (isOutcome(found)) return found;
  const next: Measure = { ...found, ...op.changes };
  // The measure already says what the caller wants (a repeated request, or the same change by someone else).
  if (sameDraft(found, next)) return { outcome: 'unchanged', record };
  const stale = staleness(record, found, op.revision);
  if (stale) return stale;
  if (found.status !== 'open') return { outcome: 'refused', reason: 'measure-not-open', field: 'measureId', record };
  return changed(record, actor, {
    measures: replaceMeasure(record, { ...next, revision: found.revision + 1, updatedBy: actor.accountId, updatedAt: actor.at }),
  });
}

function closeMeasure(record: ComplaintRecord, op: Extract<ComplaintOperation, { kind: 'closeMeasure' }>, actor: Actor): OperationOutcome {
  const found = findMeasure(record, op.measureId);
  if (isOutcome(found)) return found;
  // Closed the same way by someone else (or by this request, repeated): what the caller wanted holds.
  if (found.status === op.outcome) return { outcome: 'unchanged', record };
  const stale = staleness(record, found, op.revision);
  if (stale) return stale;
  if (found.status !== 'open') return { outcome: 'refused', reason: 'measure-not-open', field: 'measureId', record };
  const closed: Measure = {
    ...found,
    status: op.outcome,
    revision: found.revision + 1,
    updatedBy: actor.accountId,
    updatedAt: actor.at,
    closedBy: actor.accountId,
    closedAt: actor.at,
  };
  return changed(record, actor, { measures: replaceMeasure(record, closed) });
}

function reopenMeasure(record: ComplaintRecord, op: Extract<ComplaintOperation, { kind: 'reopenMeasure' }>, actor: Actor): OperationOutcome {
  const found = findMeasure(record, op.measureId);
  if (isOutcome(found)) return found;
  // Open again already (a repeated request, or someone else reopened it): what the caller wanted holds.
  if (found.status === 'open') return { outcome: 'unchanged', record };
  const stale = staleness(record, found, op.revision);
  if (stale) return stale;
  const { closedBy: _by, closedAt: _at, ...rest } = found;
  const reopened: Measure = { ...rest, status: 'open', revision: found.revision + 1, updatedBy: actor.accountId, updatedAt: actor.at };
  return changed(record, actor, { measures: replaceMeasure(record, reopened) });
}

function setAnalysis(record: ComplaintRecord, op: Extract<ComplaintOperation, { kind: 'setAnalysis' }>, actor: Actor): OperationOutcome {
  const change: Partial<ComplaintRecord> = {};
  if (op.changes.rootCause !== undefined) {
    const next = op.changes.rootCause === null || op.changes.rootCause.trim() === '' ? null : op.changes.rootCause;
    if (next !== record.rootCause) {
      if (op.expected.rootCause !== undefined && op.expected.rootCause !== record.rootCause)
        return { outcome: 'conflict', reason: 'analysis-changed', field: 'rootCause', record };
      change.rootCause = next;
    }
  }
  if (op.changes.response !== undefined && op.changes.response !== record.response) {
    if (op.expected.response !== undefined && op.expected.response !== record.response)
      return { outcome: 'conflict', reason: 'analysis-changed', field: 'response', record };
    change.response = op.changes.response;
  }
  if (op.changes.rootCause === undefined && op.changes.response === undefined)
    return { outcome: 'refused', reason: 'nothing-to-change', field: 'changes', record };
  return Object.keys(change).length === 0 ? { outcome: 'unchanged', record } : changed(record, actor, change);
}

function escalate(record: ComplaintRecord, op: Extract<ComplaintOperation, { kind: 'escalate' }>, actor: Actor): OperationOutcome {
  if (record.escalations.some((e) => e.id === op.escalationId)) return { outcome: 'unchanged', record };
  const escalation: Escalation = {
    id: op.escalationId,
    kind: op.escalationKind,
    at: actor.at,
    toAccountId: op.toAccountId,
    by: actor.accountId,
    ...(op.measureId === undefined ? {} : { measureId: op.measureId }),
    ...(op.note === undefined || op.note === '' ? {} : { note: op.note }),
  };
  // The oldest go first; the first one stays, so "escalated" and its first date never change.
  const all = [...record.escalations, escalation];
  const kept =
    all.length <= MAX_ESCALATIONS_KEPT ? all : [all[0], ...all.slice(all.length - MAX_ESCALATIONS_KEPT + 1)].filter((e): e is Escalation => e !== undefined);
  return changed(record, actor, { escalations: kept });
}

function recordReopening(record: ComplaintRecord, op: Extract<ComplaintOperation, { kind: 'recordReopening' }>, actor: Actor): OperationOutcome {
  const { count, lastAt, recent } = record.reopenings;
  if (recent.some((r) => r.id === op.reopeningId)) return { outcome: 'unchanged', record };
  const last = lastAt === undefined || op.at > lastAt ? op.at : lastAt;
  const kept = [...recent, { id: op.reopeningId, at: op.at }].slice(-MAX_REOPENINGS_KEPT);
  return changed(record, actor, { reopenings: { count: count + 1, lastAt: last, recent: kept } });
}

/**
 * Applies one operation to the latest record. Pure: the caller stores the result. A result too
 * large for Jira to store is refused here, so the caller never writes half of a change.
 */
export function applyOperation(record: ComplaintRecord, op: ComplaintOperation, actor: Actor): OperationOutcome {
  const result = dispatch(record, op, actor);
  if (result.outcome === 'applied' && recordBytes(result.record) > PROPERTY_MAX_BYTES)
    return { outcome: 'refused', reason: 'record-full', field: op.kind === 'setAnalysis' ? 'changes' : 'measure', record };
  return result;
}

function dispatch(record: ComplaintRecord, op: ComplaintOperation, actor: Actor): OperationOutcome {
  switch (op.kind) {
    case 'addMeasure':
      return addMeasure(record, op, actor);
    case 'editMeasure':
      return editMeasure(record, op, actor);
    case 'closeMeasure':
      return closeMeasure(record, op, actor);
    case 'reopenMeasure':
      return reopenMeasure(record, op, actor);
    case 'setAnalysis':
      return setAnalysis(record, op, actor);
    case 'escalate':
      return escalate(record, op, actor);
    case 'recordReopening':
      return recordReopening(record, op, actor);
  }
}

/** The next id of an agent's escalation on this record. */
export const manualEscalationId = (record: ComplaintRecord): string => `manual-${record.revision + 1}`;

/** Whether the app (the daily run) made an escalation. */
export const byApp = (escalation: Escalation): boolean => escalation.by === APP_ACTOR;
