import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Municipality } from './municipality.entity';

/**
 * Palvelualue: a family-centre service area of a wellbeing region. Meeting places belong to
 * at most one; it lies within one municipality so that reporting levels nest.
 */
@Entity('service_area')
export class ServiceArea {
  /** Stable, readable id used in URLs and exports, e.g. "vantaa-itainen". */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index()
  @ForeignKey(() => Municipality)
  @Column({ name: 'municipality_code', type: 'varchar', length: 3 })
  municipalityCode: string;

  @Column({ name: 'name_fi', type: 'varchar' })
  nameFi: string;

  @Column({ name: 'name_sv', type: 'varchar', nullable: true })
  nameSv: string | null;

  @Column({ name: 'name_en', type: 'varchar', nullable: true })
  nameEn: string | null;

  @Column({ type: 'boolean', default: () => 'true' })
  active: boolean;
}
