import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export-ready texts per response (issue #22, api/src/responses/export-text.ts). Existing
 * responses keep NULL and are exported as before, their lines built from the answers. Plain
 * ADD COLUMN on both engines: TypeORM's addColumn would copy the whole response table on SQLite.
 */
export class ResponseExportText1767227100000 implements MigrationInterface {
  name = 'ResponseExportText1767227100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE response ADD COLUMN export_key varchar(16)');
    await queryRunner.query('ALTER TABLE response ADD COLUMN export_rfc4180 text');
    await queryRunner.query('ALTER TABLE response ADD COLUMN export_excel_fi text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['export_excel_fi', 'export_rfc4180', 'export_key']) await queryRunner.query(`ALTER TABLE response DROP COLUMN ${column}`);
  }
}
