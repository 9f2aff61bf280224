import { randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { rekeyedResponseId, SERVER_SECRET_NAME } from '../../common/server-secret';

/**
 * The server secret (made here, once, so every instance on this database shares it), and
 * paper forms imported before it existed moved off their guessable ids. Paper forms are the
 * only responses with version 5 (name-based) ids; online clients send random (version 4) ones.
 */
export class ServerSecret1767226313000 implements MigrationInterface {
  name = 'ServerSecret1767226313000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'server_secret',
        columns: [
          { name: 'name', type: 'varchar', length: '40', isPrimary: true },
          { name: 'value', type: 'varchar', length: '100' },
        ],
      }),
    );
    const secret = randomBytes(32).toString('base64url');
    // Named parameters, written out as each driver wants them ($1 or ?).
    const run = (sql: string, parameters: Record<string, string>) =>
      queryRunner.query(...queryRunner.connection.driver.escapeQueryWithParameters(sql, parameters, {}));
    await run('INSERT INTO server_secret (name, value) VALUES (:name, :value)', { name: SERVER_SECRET_NAME, value: secret });
    const paper: { id: string; clientResponseId: string }[] = await queryRunner.query(
      `SELECT id, client_response_id AS "clientResponseId" FROM response WHERE substr(client_response_id, 15, 1) = '5'`,
    );
    for (const row of paper) {
      await run('UPDATE response SET client_response_id = :rekeyed WHERE id = :id', { rekeyed: rekeyedResponseId(secret, row.clientResponseId), id: row.id });
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The unkeyed ids cannot be recomputed from the keyed ones: re-keyed forms keep their new ids.
    await queryRunner.dropTable('server_secret');
  }
}
