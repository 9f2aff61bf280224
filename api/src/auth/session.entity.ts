import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserAccount } from '../users/user-account.entity';

/**
 * A login session, kept in the database so that several API instances share it. Only hashes
 * are stored: a copy of the table does not let anyone act as a logged-in user.
 */
@Entity('session')
export class Session {
  /** sha256 hex of the token in the session cookie. */
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @ForeignKey(() => UserAccount)
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** sha256 hex of the CSRF token: binds the double-submit cookie to this session. */
  @Column({ name: 'csrf_hash', type: 'varchar', length: 64 })
  csrfHash: string;

  @Column({ name: 'created_at' })
  createdAt: Date;

  /** Updated at most once a minute: the idle timeout needs no write on every request. */
  @Column({ name: 'last_seen_at' })
  lastSeenAt: Date;

  /** The absolute timeout: the session ends then, however active. */
  @Index()
  @Column({ name: 'expires_at' })
  expiresAt: Date;
}
