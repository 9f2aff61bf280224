import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** The evaluation cycle (issue #20): self- and peer evaluations, development actions and their follow-up notes. */
export class Evaluations1767226800000 implements MigrationInterface {
  name = 'Evaluations1767226800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const place = (column: string) => ({ columnNames: [column], referencedTableName: 'meeting_place', referencedColumnNames: ['id'] });
    await queryRunner.createTable(
      new Table({
        name: 'evaluation',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_place_id', type: 'varchar', length: '36' },
          { name: 'evaluator_place_id', type: 'varchar', length: '36' },
          { name: 'year', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'survey_version', type: 'integer' },
          { name: 'answers', type: 'text' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'submitted_at', type: timestamp, isNullable: true },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
        ],
        foreignKeys: [place('meeting_place_id'), place('evaluator_place_id')],
        indices: [
          { name: 'uq_evaluation_place_year_evaluator', columnNames: ['meeting_place_id', 'year', 'evaluator_place_id'], isUnique: true },
          { name: 'idx_evaluation_evaluator', columnNames: ['evaluator_place_id', 'year'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'development_action',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_place_id', type: 'varchar', length: '36' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'criterion', type: 'varchar', length: '64', isNullable: true },
          { name: 'owner', type: 'varchar', length: '200' },
          { name: 'due_date', type: 'varchar', length: '10' },
          { name: 'source_kind', type: 'varchar', length: '20' },
          { name: 'source_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'created_at', type: timestamp },
        ],
        foreignKeys: [place('meeting_place_id')],
        indices: [{ name: 'idx_action_place', columnNames: ['meeting_place_id', 'due_date'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'development_action_note',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'action_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'note', type: 'varchar', length: '2000' },
          { name: 'noted_at', type: timestamp },
        ],
        foreignKeys: [{ columnNames: ['action_id'], referencedTableName: 'development_action', referencedColumnNames: ['id'] }],
        indices: [{ name: 'idx_action_note_action', columnNames: ['action_id', 'noted_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('development_action_note');
    await queryRunner.dropTable('development_action');
    await queryRunner.dropTable('evaluation');
  }
}
