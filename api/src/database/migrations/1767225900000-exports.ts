import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Export tokens for automated pulls, and the index responses.csv pages through: one survey,
 * one half-year, in id order (keyset pagination, so an export of any size reads in constant memory).
 */
export class Exports1767225900000 implements MigrationInterface {
  name = 'Exports1767225900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'export_token',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          // sha256 of the token: the token itself is shown once and never stored.
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'region_code', type: 'varchar', length: '2' },
          { name: 'created_by', type: 'varchar', length: '36' },
          { name: 'created_at', type: timestamp },
          { name: 'last_used_at', type: timestamp, isNullable: true },
          { name: 'revoked_at', type: timestamp, isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['region_code'], referencedTableName: 'region', referencedColumnNames: ['code'] },
          { columnNames: ['created_by'], referencedTableName: 'user_account', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['region_code'] }],
      }),
    );
    await queryRunner.createIndex(
      'response',
      new TableIndex({ name: 'idx_response_export', columnNames: ['survey_key', 'period_year', 'period_half', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('response', 'idx_response_export');
    await queryRunner.dropTable('export_token');
  }
}
