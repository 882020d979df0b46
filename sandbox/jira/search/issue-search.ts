import { compileJql } from '../jql';
import { JqlError } from '../jql/context';
import type { StoredIssue } from '../model';
import { issueVisibility, type Actor } from '../permissions';
import { RestError } from '../rest-error';
import type { JiraStore } from '../store/jira-store';

const CACHE_SIZE = 16;

/** Jira's enhanced search refuses queries with no restriction at all. */
const UNBOUNDED = /^\s*(order\s+by\b[\s\S]*)?$/i;

/**
 * Runs JQL over the store's issues as one actor sees them. Sorted results are cached per
 * (store revision, actor, query, minute), so paging through a large result sorts it once.
 */
export class IssueSearch {
  private readonly cache = new Map<string, readonly StoredIssue[]>();

  constructor(private readonly store: JiraStore) {}

  /** The matching issues the actor can see, in the query's order. */
  search(actor: Actor, jql: string, now: Date): readonly StoredIssue[] {
    const key = `${this.store.revision()}\u0000${actorKey(actor)}\u0000${Math.floor(now.getTime() / 60_000)}\u0000${jql}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const compiled = this.compile(actor, jql, now);
    const visible = issueVisibility(this.store, actor);
    const matches = this.store.docs.issues.all().filter((issue) => visible(issue) && compiled.matches(issue));
    matches.sort((a, b) => compiled.compare(a, b));
    if (this.cache.size >= CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, matches);
    return matches;
  }

  /** How many issues match and are visible; does not sort. */
  count(actor: Actor, jql: string, now: Date): number {
    const compiled = this.compile(actor, jql, now);
    const visible = issueVisibility(this.store, actor);
    let count = 0;
    for (const issue of this.store.docs.issues.all()) if (visible(issue) && compiled.matches(issue)) count++;
    return count;
  }

  private compile(actor: Actor, jql: string, now: Date) {
    if (UNBOUNDED.test(jql)) throw new RestError(400, ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.']);
    try {
      return compileJql(jql, {
        tenant: this.store,
        currentUserId: actor.kind === 'user' ? actor.user.accountId : null,
        now,
        timeZone: actor.kind === 'user' ? actor.user.timeZone : 'UTC',
      });
    } catch (error) {
      if (error instanceof JqlError) throw new RestError(400, error.errorMessages);
      throw error;
    }
  }
}

const actorKey = (actor: Actor): string => (actor.kind === 'user' ? `user:${actor.user.accountId}` : actor.kind);
