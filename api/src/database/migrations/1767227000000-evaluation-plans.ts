import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Evaluation plans and co-development days (issue #21): the yearly plan → collect → act loop. */
export class EvaluationPlans1767227000000 implements MigrationInterface {
  name = 'EvaluationPlans1767227000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const place = { columnNames: ['meeting_place_id'], referencedTableName: 'meeting_place', referencedColumnNames: ['id'] };
    await queryRunner.createTable(
      new Table({
        name: 'evaluation_plan',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_place_id', type: 'varchar', length: '36' },
          { name: 'year', type: 'integer' },
          { name: 'activities', type: 'text' },
          { name: 'targets', type: 'text' },
          { name: 'updated_at', type: timestamp },
        ],
        foreignKeys: [place],
        indices: [{ name: 'uq_evaluation_plan_place_year', columnNames: ['meeting_place_id', 'year'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'co_development_day',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_place_id', type: 'varchar', length: '36' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'families', type: 'integer' },
          { name: 'children', type: 'integer' },
          { name: 'staff', type: 'integer' },
          { name: 'partners', type: 'integer' },
          { name: 'themes', type: 'text' },
          { name: 'outcomes', type: 'text' },
          { name: 'created_at', type: timestamp },
        ],
        foreignKeys: [place],
        indices: [{ name: 'idx_co_development_day_place', columnNames: ['meeting_place_id', 'date'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('co_development_day');
    await queryRunner.dropTable('evaluation_plan');
  }
}
