import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { byKeys, type RequestLoaders } from '@techmarket/shared';
import { type MatchingSubject, MatchingStatus } from './matching-state.entity.js';
import type { MatchingState } from './matching-state.model.js';

/** Reads where matching stands for needs and achievements, batched per request. */
@Injectable()
export class MatchingStatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  load(loaders: RequestLoaders, kind: MatchingSubject, id: string): Promise<MatchingState> {
    return loaders
      .get<string, MatchingState>(`matchingState:${kind}`, async (ids) => {
        const rows: Array<MatchingState & { id: string }> = await this.db.query(
          `select subject_id as id, status, updated_at as "updatedAt", candidates from matching_states
           where subject_kind = $1 and subject_id = any($2::uuid[])`,
          [kind, ids],
        );
        // an item never asked to be matched (none should be: every write asks) reads as waiting
        return byKeys(ids, rows, (r) => r.id).map(
          (r) => r ?? { status: MatchingStatus.PENDING, updatedAt: null, candidates: 0 },
        );
      })
      .load(id);
  }
}
