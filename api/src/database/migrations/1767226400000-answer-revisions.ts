import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * A revision number per instrument and half-year, raised whenever answers are written into a
 * half-year that had already closed (paper imports, late answers). Every instance checks it
 * before using its kept counts of a closed half-year, so no instance serves stale figures
 * after another one imported.
 */
export class AnswerRevisions1767226400000 implements MigrationInterface {
  name = 'AnswerRevisions1767226400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'answer_revision',
        columns: [
          { name: 'survey_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'period_year', type: 'integer', isPrimary: true },
          { name: 'period_half', type: 'smallint', isPrimary: true },
          { name: 'revision', type: 'integer', default: 0 },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('answer_revision');
  }
}
