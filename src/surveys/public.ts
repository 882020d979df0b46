import { DEFAULT_QUESTIONNAIRE_ID } from './domain/default-questionnaire';
import { inLanguage } from './domain/questionnaire';
import type { ScoreDistribution as Distribution } from './domain/scoring';
import { readAggregateRows } from './services/aggregates-read';
import { listQuestionnaires, publishedVersionOf } from './services/questionnaires';

/**
 * What other features (the KPI engine, the customer portfolio) may read of surveys. Reads only;
 * KVS only. The caller is responsible for checking that the viewer may see the projects and
 * customers it asks about. Anonymous responses are counted like named ones and carry no identity.
 */

export interface SurveyAggregateQuery {
  /** 'YYYY-MM', UTC months. */
  months: string[];
  /** Absent: all. */
  projectIds?: string[];
  /** JSM organization ids; absent: all. */
  customerIds?: string[];
  /** Catalogue service ids; absent: all. */
  serviceIds?: string[];
}

/** Answers to one question: how many, their sum, and how many gave each value ('1'..'5', '0'..'10', '1'..'7'). */
export type ScoreDistribution = Distribution;

export interface SurveyAggregateRow {
  month: string;
  projectId: string;
  customerId: string | null;
  serviceId: string | null;
  invitationsSent: number;
  answered: number;
  expired: number;
  /** The 1-5 overall question. */
  overall: ScoreDistribution;
  /** Dimension id -> 1-5 answers. */
  dimensions: Record<string, ScoreDistribution>;
  /** 0-10. */
  nps: ScoreDistribution;
  /** 1-7. */
  ces: ScoreDistribution;
}

/** The aggregate rows (month × project × customer × service) that match the query. */
export function readSurveyAggregates(query: SurveyAggregateQuery): Promise<SurveyAggregateRow[]> {
  return readAggregateRows(query);
}

/**
 * The dimensions answers are counted by: those of the default questionnaire's published version,
 * with those of every other questionnaire's published version added (by id, first label wins).
 */
export async function surveyDimensions(): Promise<{ id: string; label: string; kind: 'hard' | 'soft' }[]> {
  const ids = (await listQuestionnaires()).filter((q) => q.head.publishedVersion > 0).map((q) => q.id);
  const ordered = [DEFAULT_QUESTIONNAIRE_ID, ...ids.filter((id) => id !== DEFAULT_QUESTIONNAIRE_ID)];
  const seen = new Map<string, { id: string; label: string; kind: 'hard' | 'soft' }>();
  for (const id of ordered) {
    if (!ids.includes(id)) continue;
    const version = await publishedVersionOf(id);
    for (const d of version.definition.dimensions) if (!seen.has(d.id)) seen.set(d.id, { id: d.id, label: inLanguage(d.label, 'en'), kind: d.kind });
  }
  return [...seen.values()];
}
