import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

/**
 * A market (分市场) of the one platform: the root market (the whole platform, no parent) and, under it,
 * region markets (a GB/T 2260 province, city or county, covering everything inside it) and industry
 * markets (field codes). What is in a market is never stored: it follows from the scope and each item's
 * own region and fields.
 */
@Entity('markets')
@Check('ck_markets_root', `("parent_code" IS NULL) = ("code" = 'root')`)
@Check(
  'ck_markets_scope',
  `"parent_code" IS NULL AND "region_code" IS NULL AND cardinality("field_codes") = 0
   OR "parent_code" IS NOT NULL AND ("region_code" IS NULL) <> (cardinality("field_codes") = 0)`,
)
@Index('uq_markets_region', ['regionCode'], { unique: true, where: '"region_code" IS NOT NULL' })
export class MarketEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 2000 }) introduction: string;
  @Column({ type: 'varchar', length: 6, nullable: true }) regionCode: string | null;
  @Column({ type: 'varchar', length: 8, array: true, default: () => `'{}'` }) fieldCodes: string[];
  @Column({ type: 'varchar', length: 32, nullable: true }) parentCode: string | null;
  @ManyToOne(() => MarketEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code', foreignKeyConstraintName: 'fk_markets_parent' })
  parent?: MarketEntity;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
