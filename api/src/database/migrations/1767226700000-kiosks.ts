import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/** Kiosk tablets (issue #18), and which kiosk sent an answer (a device, never a person). */
export class Kiosks1767226700000 implements MigrationInterface {
  name = 'Kiosks1767226700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'kiosk_device',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_place_id', type: 'varchar', length: '36' },
          { name: 'name', type: 'varchar', length: '60' },
          { name: 'pin_hash', type: 'varchar', length: '200' },
          { name: 'setup_code_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'setup_expires_at', type: timestamp },
          { name: 'token_hash', type: 'varchar', length: '64', isNullable: true },
          { name: 'activated_at', type: timestamp, isNullable: true },
          { name: 'last_seen_at', type: timestamp, isNullable: true },
          { name: 'revoked_at', type: timestamp, isNullable: true },
          { name: 'repeat_interval_seconds', type: 'integer', default: 3 },
          { name: 'last_answered_at', type: timestamp, isNullable: true },
          { name: 'last_response_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: timestamp },
        ],
        foreignKeys: [{ columnNames: ['meeting_place_id'], referencedTableName: 'meeting_place', referencedColumnNames: ['id'] }],
        indices: [
          { name: 'idx_kiosk_place', columnNames: ['meeting_place_id'] },
          { name: 'uq_kiosk_token', columnNames: ['token_hash'], isUnique: true },
        ],
      }),
    );
    // No foreign key: SQLite cannot add one to an existing table without copying it, and a
    // kiosk is never deleted (revoked ones stay listed).
    await queryRunner.addColumn('response', new TableColumn({ name: 'kiosk_id', type: 'varchar', length: '36', isNullable: true }));
    await queryRunner.createIndex('response', new TableIndex({ name: 'idx_response_kiosk', columnNames: ['kiosk_id', 'received_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('response', 'idx_response_kiosk');
    await queryRunner.query('ALTER TABLE response DROP COLUMN kiosk_id');
    await queryRunner.dropTable('kiosk_device');
  }
}
