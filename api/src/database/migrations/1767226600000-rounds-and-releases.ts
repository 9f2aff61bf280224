import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Collection rounds and releases (docs/disclosure.md), and when each answer was given: the
 * device's `answeredAt`, which decides its round and period (until now the arrival time did;
 * existing answers keep it).
 */
export class RoundsAndReleases1767226600000 implements MigrationInterface {
  name = 'RoundsAndReleases1767226600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    // Nullable in the schema only: SQLite cannot add a NOT NULL column without a default short of
    // copying the whole response table (which the answer rows' foreign keys forbid mid-migration).
    // Every answer has it: existing ones get their arrival time here, new ones always set it.
    await queryRunner.addColumn('response', new TableColumn({ name: 'answered_at', type: timestamp, isNullable: true }));
    await queryRunner.query('UPDATE response SET answered_at = received_at');
    await queryRunner.createIndex('response', new TableIndex({ name: 'idx_response_answered', columnNames: ['survey_key', 'answered_at'] }));

    await queryRunner.createTable(
      new Table({
        name: 'collection_round',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_place_id', type: 'varchar', length: '36' },
          { name: 'survey_key', type: 'varchar', length: '64' },
          { name: 'starts_on', type: 'varchar', length: '10' },
          { name: 'ends_on', type: 'varchar', length: '10' },
          { name: 'closed_at', type: timestamp, isNullable: true },
          { name: 'reopen_count', type: 'integer', default: 0 },
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: timestamp },
        ],
        foreignKeys: [{ columnNames: ['meeting_place_id'], referencedTableName: 'meeting_place', referencedColumnNames: ['id'] }],
        indices: [{ name: 'idx_round_place_survey', columnNames: ['meeting_place_id', 'survey_key', 'starts_on'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'figure_release',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'survey_key', type: 'varchar', length: '64' },
          { name: 'subject', type: 'varchar', length: '48' },
          { name: 'revision', type: 'integer' },
          { name: 'window_start', type: timestamp },
          { name: 'window_end', type: timestamp },
          { name: 'data_cutoff', type: timestamp },
          { name: 'released_at', type: timestamp },
          { name: 'answer_revision', type: 'integer', default: 0 },
          { name: 'content', type: 'text' },
        ],
        uniques: [{ name: 'uq_release_subject_revision', columnNames: ['survey_key', 'subject', 'revision'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('figure_release');
    await queryRunner.dropTable('collection_round');
    await queryRunner.dropIndex('response', 'idx_response_answered');
    // In place (SQLite 3.35+ and PostgreSQL), not by copying the table.
    await queryRunner.query('ALTER TABLE response DROP COLUMN answered_at');
  }
}
