import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last serial handed out per (year, region) for contract registration numbers. A registration
 * takes the next one with `insert ... on conflict do update set n = n + 1 returning n` inside its
 * transaction: the row lock serialises concurrent registrations and a rolled-back one gives its
 * number back.
 */
@Entity('contract_number_counters')
@Check('ck_contract_number_counters_n', '"n" >= 1')
export class ContractNumberCounterEntity {
  @PrimaryColumn({ type: 'int' }) year: number;
  @PrimaryColumn({ type: 'char', length: 6 }) regionCode: string;
  @Column({ type: 'int' }) n: number;
}
