import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/**
 * The first schema. Written with TypeORM's Table API so that SQLite and PostgreSQL get the
 * same tables, keys and indexes; only the timestamp type differs (timestamptz on PostgreSQL,
 * SQLite's datetime text in UTC).
 */
export class InitialSchema1767225600000 implements MigrationInterface {
  name = 'InitialSchema1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.options.type === 'postgres' ? 'timestamptz' : 'datetime';
    const text = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      ...extra,
    });
    const localisedName = (prefix: string, optionalTranslations: boolean): TableColumnOptions[] => [
      text(`${prefix}_fi`),
      text(`${prefix}_sv`, { isNullable: optionalTranslations }),
      text(`${prefix}_en`, { isNullable: optionalTranslations }),
    ];

    await queryRunner.createTable(
      new Table({
        name: 'region',
        columns: [text('code', { length: '2', isPrimary: true }), ...localisedName('name', false)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'municipality',
        columns: [
          text('code', { length: '3', isPrimary: true }),
          text('region_code', { length: '2' }),
          ...localisedName('name', false),
        ],
        foreignKeys: [{ columnNames: ['region_code'], referencedTableName: 'region', referencedColumnNames: ['code'] }],
        indices: [{ columnNames: ['region_code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'service_area',
        columns: [
          text('id', { length: '64', isPrimary: true }),
          text('municipality_code', { length: '3' }),
          ...localisedName('name', true),
          { name: 'active', type: 'boolean', default: true },
        ],
        foreignKeys: [
          { columnNames: ['municipality_code'], referencedTableName: 'municipality', referencedColumnNames: ['code'] },
        ],
        indices: [{ columnNames: ['municipality_code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'organisation',
        columns: [text('id', { length: '36', isPrimary: true }), text('name'), text('type', { length: '16' })],
        uniques: [{ columnNames: ['name'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'meeting_place',
        columns: [
          text('id', { length: '36', isPrimary: true }),
          text('slug', { length: '64', isUnique: true }),
          ...localisedName('name', true),
          text('municipality_code', { length: '3' }),
          text('service_area_id', { length: '64', isNullable: true }),
          text('address', { isNullable: true }),
          { name: 'active', type: 'boolean', default: true },
        ],
        foreignKeys: [
          { columnNames: ['municipality_code'], referencedTableName: 'municipality', referencedColumnNames: ['code'] },
          { columnNames: ['service_area_id'], referencedTableName: 'service_area', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['municipality_code'] }, { columnNames: ['service_area_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'meeting_place_organisation',
        columns: [
          text('meeting_place_id', { length: '36', isPrimary: true }),
          text('organisation_id', { length: '36', isPrimary: true }),
        ],
        foreignKeys: [
          { columnNames: ['meeting_place_id'], referencedTableName: 'meeting_place', referencedColumnNames: ['id'] },
          { columnNames: ['organisation_id'], referencedTableName: 'organisation', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['organisation_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'survey_instrument',
        columns: [
          text('key', { length: '64', isPrimary: true }),
          text('kind', { length: '64' }),
          text('audience', { length: '32' }),
          ...localisedName('title', false),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'survey_version',
        columns: [
          text('survey_key', { length: '64', isPrimary: true }),
          { name: 'version', type: 'integer', isPrimary: true },
          text('checksum', { length: '64' }),
          { name: 'definition', type: 'text' },
          { name: 'published_at', type: timestamp },
        ],
        foreignKeys: [
          { columnNames: ['survey_key'], referencedTableName: 'survey_instrument', referencedColumnNames: ['key'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'response',
        columns: [
          text('id', { length: '36', isPrimary: true }),
          text('client_response_id', { length: '36', isUnique: true }),
          text('request_hash', { length: '64' }),
          text('survey_key', { length: '64' }),
          { name: 'survey_version', type: 'integer' },
          text('meeting_place_id', { length: '36' }),
          text('locale', { length: '35' }),
          { name: 'received_at', type: timestamp },
          { name: 'period_year', type: 'integer' },
          { name: 'period_half', type: 'integer' },
          { name: 'answers', type: 'text' },
        ],
        foreignKeys: [
          {
            columnNames: ['survey_key', 'survey_version'],
            referencedTableName: 'survey_version',
            referencedColumnNames: ['survey_key', 'version'],
          },
          { columnNames: ['meeting_place_id'], referencedTableName: 'meeting_place', referencedColumnNames: ['id'] },
        ],
        indices: [
          { name: 'idx_response_survey_period_place', columnNames: ['survey_key', 'period_year', 'meeting_place_id'] },
          { name: 'idx_response_place', columnNames: ['meeting_place_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'response_answer',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('response_id', { length: '36' }),
          text('survey_key', { length: '64' }),
          { name: 'survey_version', type: 'integer' },
          text('question_name', { length: '128' }),
          text('meeting_place_id', { length: '36' }),
          { name: 'period_year', type: 'integer' },
          { name: 'period_half', type: 'integer' },
          { name: 'value_number', type: 'double precision', isNullable: true },
          { name: 'value_text', type: 'text', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['response_id'], referencedTableName: 'response', referencedColumnNames: ['id'] },
        ],
        indices: [
          { name: 'idx_answer_response', columnNames: ['response_id'] },
          {
            // Covers the indicator aggregation: one item, one period, grouped by place.
            name: 'idx_answer_item_period_place',
            columnNames: ['survey_key', 'question_name', 'period_year', 'period_half', 'meeting_place_id', 'value_number'],
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'response_answer',
      'response',
      'survey_version',
      'survey_instrument',
      'meeting_place_organisation',
      'meeting_place',
      'organisation',
      'service_area',
      'municipality',
      'region',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
