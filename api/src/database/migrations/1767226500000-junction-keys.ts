import { MigrationInterface, QueryRunner, TableForeignKey, TableIndex } from 'typeorm';

/** The link tables behind the entities' many-to-many relations, and the column each links. */
const JUNCTIONS = [
  { table: 'meeting_place_organisation', owner: ['meeting_place_id', 'meeting_place', 'id'], other: ['organisation_id', 'organisation', 'id'] },
  { table: 'user_account_region', owner: ['user_id', 'user_account', 'id'], other: ['region_code', 'region', 'code'] },
  { table: 'user_account_meeting_place', owner: ['user_id', 'user_account', 'id'], other: ['meeting_place_id', 'meeting_place', 'id'] },
] as const;

/**
 * Brings the link tables to what the entities say (the schema drift test compares them): a
 * link row goes with either of its ends (ON DELETE/UPDATE CASCADE, TypeORM's rule for
 * many-to-many links), and the owner's column gets its own index. No row changes; places,
 * accounts, regions and organisations are never deleted, so nothing cascades in practice.
 * On SQLite each link table is rebuilt with its rows copied (small tables: one row per link).
 */
export class JunctionKeys1767226500000 implements MigrationInterface {
  name = 'JunctionKeys1767226500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.relink(queryRunner, 'CASCADE');
    for (const { table, owner } of JUNCTIONS) {
      await queryRunner.createIndex(table, new TableIndex({ columnNames: [owner[0]] }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, owner } of JUNCTIONS) {
      const index = (await queryRunner.getTable(table))!.indices.find((i) => i.columnNames.length === 1 && i.columnNames[0] === owner[0]);
      if (index) await queryRunner.dropIndex(table, index);
    }
    await this.relink(queryRunner, 'NO ACTION');
  }

  private async relink(queryRunner: QueryRunner, rule: 'CASCADE' | 'NO ACTION'): Promise<void> {
    for (const { table, owner, other } of JUNCTIONS) {
      const current = (await queryRunner.getTable(table))!;
      await queryRunner.dropForeignKeys(current, current.foreignKeys);
      await queryRunner.createForeignKeys(
        table,
        [owner, other].map(
          ([column, referencedTable, referencedColumn]) =>
            new TableForeignKey({
              columnNames: [column],
              referencedTableName: referencedTable,
              referencedColumnNames: [referencedColumn],
              onDelete: rule,
              onUpdate: rule,
            }),
        ),
      );
    }
  }
}
