import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Region } from './region.entity';

/** Kunta, identified by Statistics Finland's 3-digit code (kept as text: "092"). */
@Entity('municipality')
export class Municipality {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  code: string;

  @Index()
  @ForeignKey(() => Region)
  @Column({ name: 'region_code', type: 'varchar', length: 2 })
  regionCode: string;

  @Column({ name: 'name_fi', type: 'varchar' })
  nameFi: string;

  @Column({ name: 'name_sv', type: 'varchar' })
  nameSv: string;

  @Column({ name: 'name_en', type: 'varchar' })
  nameEn: string;
}
