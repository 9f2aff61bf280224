import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keyedHash, rekeyedResponseId, SERVER_SECRET_NAME, unkeyedPaperResponseId, uuidFromHex } from './server-secret';

/** Reads the server secret from the database once at boot and derives keyed values with it. */
@Injectable()
export class ServerSecrets implements OnModuleInit {
  private secret?: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const rows: { value: string }[] = await this.dataSource.query(`SELECT value FROM server_secret WHERE name = '${SERVER_SECRET_NAME}'`);
    if (rows.length !== 1) throw new Error('The server secret is missing: the migrations did not run completely.');
    this.secret = rows[0].value;
  }

  hash(purpose: string, message: string): string {
    if (!this.secret) throw new Error('ServerSecrets used before the module was initialised');
    return keyedHash(this.secret, purpose, message);
  }

  /**
   * The response id of a paper form. Keyed, because place ids are public and paper ids are
   * form numbers: an unkeyed id let anyone confirm a form's answers through the public
   * endpoint (200 for a replay, 409 otherwise) or block its import by posting first.
   */
  paperResponseId(surveyKey: string, placeId: string, paperId: string): string {
    return uuidFromHex(this.hash('paper-response', `${surveyKey}:${placeId}:${paperId}`));
  }

  /** Where a form imported before the secret existed is stored now (see the migration). */
  rekeyedPaperResponseId(surveyKey: string, placeId: string, paperId: string): string {
    return rekeyedResponseId(this.secret!, unkeyedPaperResponseId(surveyKey, placeId, paperId));
  }
}
