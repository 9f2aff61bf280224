import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Hyvinvointialue: one of the 21 wellbeing regions, plus Helsinki (code 90). */
@Entity('region')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code: string;

  @Column({ name: 'name_fi', type: 'varchar' })
  nameFi: string;

  @Column({ name: 'name_sv', type: 'varchar' })
  nameSv: string;

  @Column({ name: 'name_en', type: 'varchar' })
  nameEn: string;
}
