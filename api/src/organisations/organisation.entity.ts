import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ORGANISATION_TYPES = ['city', 'ngo', 'parish', 'other'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** An actor that runs meeting places together with others: a city unit, an NGO or a parish. */
@Entity('organisation')
export class Organisation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', unique: true })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  type: OrganisationType;
}
