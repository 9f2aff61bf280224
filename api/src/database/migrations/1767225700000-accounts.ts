import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * Staff accounts with their scopes, login sessions and the audit log. Table API as in the
 * initial schema, so SQLite and PostgreSQL match.
 */
export class Accounts1767225700000 implements MigrationInterface {
  name = 'Accounts1767225700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';

    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'password_hash', type: 'varchar' },
          { name: 'role', type: 'varchar', length: '32' },
          { name: 'must_change_password', type: 'boolean', default: false },
          { name: 'active', type: 'boolean', default: true },
          { name: 'failed_login_count', type: 'integer', default: 0 },
          { name: 'locked_until', type: timestamp, isNullable: true },
          { name: 'password_changed_at', type: timestamp },
          { name: 'created_at', type: timestamp },
          { name: 'last_login_at', type: timestamp, isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_account_region',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '2', isPrimary: true },
        ],
        foreignKeys: [
          { columnNames: ['user_id'], referencedTableName: 'user_account', referencedColumnNames: ['id'] },
          { columnNames: ['region_code'], referencedTableName: 'region', referencedColumnNames: ['code'] },
        ],
        indices: [{ columnNames: ['region_code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_account_meeting_place',
        columns: [
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_place_id', type: 'varchar', length: '36', isPrimary: true },
        ],
        foreignKeys: [
          { columnNames: ['user_id'], referencedTableName: 'user_account', referencedColumnNames: ['id'] },
          { columnNames: ['meeting_place_id'], referencedTableName: 'meeting_place', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['meeting_place_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'csrf_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: timestamp },
          { name: 'last_seen_at', type: timestamp },
          { name: 'expires_at', type: timestamp },
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'user_account', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['user_id'] }, { columnNames: ['expires_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'occurred_at', type: timestamp },
          { name: 'actor_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'action', type: 'varchar', length: '64' },
          { name: 'target_type', type: 'varchar', length: '32', isNullable: true },
          { name: 'target_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'details', type: 'text', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['actor_id'], referencedTableName: 'user_account', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['occurred_at'] }, { columnNames: ['actor_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'session', 'user_account_meeting_place', 'user_account_region', 'user_account']) {
      await queryRunner.dropTable(table);
    }
  }
}
