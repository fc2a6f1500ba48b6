import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The industry field taxonomy: two levels, `01` and `0101`. */
@Entity('fields')
export class FieldEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 }) code: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Index('ix_fields_parent')
  @Column({ type: 'varchar', length: 8, nullable: true })
  parentCode: string | null;
  @ManyToOne(() => FieldEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code', foreignKeyConstraintName: 'fk_fields_parent' })
  parent?: FieldEntity;
  @Column({ type: 'int' }) position: number;
}
