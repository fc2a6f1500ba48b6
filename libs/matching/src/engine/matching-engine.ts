import { Injectable, Logger } from '@nestjs/common';
import { FieldsService, type MatchingSubject } from '@techmarket/catalog';
import { OrganizationNotifier } from '@techmarket/identity';
import { regionName } from '@techmarket/shared';
import type { ScoredPair } from '../matches/matches.repository.js';
import type { Names } from '../scoring/index.js';
import { CandidateReader } from './candidate-reader.js';
import { matchFoundDigests } from './match-digest.js';
import { NeedRuns } from './need-runs.js';
import { STRONG_SCORE } from './run-parts.js';
import { SupplyRuns } from './supply-runs.js';

/**
 * Matching runs, for one subject (an edit) or many of a kind at once (a full re-match's batch): the same
 * code, so a batch leaves exactly what its subjects run one by one would. A need gets its best achievements
 * and experts (its suggestions replaced); a listed achievement or an expert is offered to the open needs it
 * could serve.
 */
@Injectable()
export class MatchingEngine {
  private readonly logger = new Logger(MatchingEngine.name);

  constructor(
    private readonly needs: NeedRuns,
    private readonly supply: SupplyRuns,
    private readonly read: CandidateReader,
    private readonly fields: FieldsService,
    private readonly notifier: OrganizationNotifier,
  ) {}

  /** Returns how many candidates were weighed (null: none this time). */
  async run(kind: MatchingSubject, id: string): Promise<number | null> {
    return (await this.runMany(kind, [id])).get(id) ?? 0;
  }

  /**
   * Runs these subjects of a kind together; returns how many candidates each weighed. `needsFollow`: a full
   * re-match's achievements or experts, whose needs all run after them (SupplyRuns.run).
   */
  async runMany(
    kind: MatchingSubject,
    ids: readonly string[],
    { needsFollow = false } = {},
  ): Promise<Map<string, number | null>> {
    const names = await this.names();
    const { candidates, created } =
      kind === 'NEED'
        ? await this.needs.run(ids, names)
        : await this.supply.run(kind, ids, names, needsFollow);
    await this.announce(created);
    return candidates;
  }

  private async names(): Promise<Names> {
    const byCode = new Map((await this.fields.list()).map((f) => [f.code, f.name]));
    return { field: (c) => byCode.get(c), region: (c) => regionName(c) };
  }

  /** MATCH_FOUND for the run's new strong pairs: one notification per organization on either side. */
  private async announce(created: Array<{ id: string; pair: ScoredPair }>): Promise<void> {
    const strong = created.filter((c) => c.pair.score >= STRONG_SCORE);
    if (!strong.length) return;
    const parties = await this.read.parties(strong.map((c) => c.pair));
    const byMatch = new Map(strong.map((c, i) => [c.id, parties[i]]));
    const drafts = matchFoundDigests(
      strong.map((c) => ({ id: c.id, score: c.pair.score, details: c.pair.reasons.map((r) => r.detail) })),
      (m) => byMatch.get(m.id) ?? [],
      STRONG_SCORE,
    );
    for (const { organizationId, ...draft } of drafts)
      await this.notifier
        .notify(organizationId, draft)
        .catch((err: unknown) => this.logger.warn(`MATCH_FOUND not sent: ${String(err)}`));
  }
}
