import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export enum MatchingStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export type MatchingSubject = 'NEED' | 'ACHIEVEMENT' | 'EXPERT';

/**
 * The matching outbox: written in the same transaction as the change to a need or achievement, so a
 * committed change always leaves a PENDING row behind, even if the process dies before anything is queued.
 * `version` counts requests; the worker records the version it matched in `doneVersion`.
 */
@Entity('matching_states')
@Index('ix_matching_states_pending', ['updatedAt'], { where: `"status" IN ('PENDING', 'RUNNING')` })
@Check('ck_matching_states_subject', `"subject_kind" IN ('NEED', 'ACHIEVEMENT', 'EXPERT')`)
export class MatchingStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 }) subjectKind: MatchingSubject;
  @PrimaryColumn({ type: 'uuid' }) subjectId: string;
  @Column({
    type: 'enum',
    enum: MatchingStatus,
    enumName: 'matching_status',
    default: MatchingStatus.PENDING,
  })
  status: MatchingStatus;
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ type: 'int', default: 0 }) doneVersion: number;
  @Column({ type: 'int', default: 0 }) candidates: number;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}
