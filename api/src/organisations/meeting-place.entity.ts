import { Column, Entity, ForeignKey, Index, JoinTable, ManyToMany, PrimaryColumn } from 'typeorm';
import { Municipality } from './municipality.entity';
import { ServiceArea } from './service-area.entity';
import { Organisation } from './organisation.entity';

/** Perheiden avoin kohtaamispaikka: an open meeting place for families. */
@Entity('meeting_place')
export class MeetingPlace {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug: string;

  @Column({ name: 'name_fi', type: 'varchar' })
  nameFi: string;

  @Column({ name: 'name_sv', type: 'varchar', nullable: true })
  nameSv: string | null;

  @Column({ name: 'name_en', type: 'varchar', nullable: true })
  nameEn: string | null;

  @Index()
  @ForeignKey(() => Municipality)
  @Column({ name: 'municipality_code', type: 'varchar', length: 3 })
  municipalityCode: string;

  @Index()
  @ForeignKey(() => ServiceArea)
  @Column({ name: 'service_area_id', type: 'varchar', length: 64, nullable: true })
  serviceAreaId: string | null;

  @Column({ type: 'varchar', nullable: true })
  address: string | null;

  @Column({ type: 'boolean', default: () => 'true' })
  active: boolean;

  @ManyToMany(() => Organisation)
  @JoinTable({
    name: 'meeting_place_organisation',
    joinColumn: { name: 'meeting_place_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'organisation_id', referencedColumnName: 'id' },
  })
  organisations: Organisation[];
}
