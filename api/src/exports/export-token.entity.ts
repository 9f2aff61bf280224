import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { Region } from '../organisations/region.entity';
import { UserAccount } from '../users/user-account.entity';

/** A named, read-only token a region analyst made for automated pulls of its region's exports. */
@Entity('export_token')
export class ExportToken {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Index()
  @ForeignKey(() => Region)
  @Column({ name: 'region_code', type: 'varchar', length: 2 })
  regionCode: string;

  @ForeignKey(() => UserAccount)
  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: Date, nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;
}
