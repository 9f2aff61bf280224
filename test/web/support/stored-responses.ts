import sqlite3 from 'sqlite3';

export interface StoredResponse {
  id: string;
  clientResponseId: string;
  surveyKey: string;
  surveyVersion: number;
  meetingPlaceSlug: string;
  locale: string;
  answers: Record<string, unknown>;
  /** When the family answered (the device's moment for queued answers) and when it arrived. */
  answeredAt: Date;
  receivedAt: Date;
}

type Row = {
  id: string;
  client_response_id: string;
  survey_key: string;
  survey_version: number;
  slug: string;
  locale: string;
  answers: string;
  answered_at: string;
  received_at: string;
};

/** TypeORM writes SQLite datetimes as "YYYY-MM-DD HH:MM:SS.SSS" in UTC. */
const utc = (text: string) => new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);

/** Reads the server's SQLite file read-only: what a browser test submitted must be stored. */
export function storedResponses(databasePath: string, clientResponseId: string): Promise<StoredResponse[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(databasePath, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all<Row>(
        `select r.id, r.client_response_id, r.survey_key, r.survey_version, m.slug, r.locale, r.answers, r.answered_at, r.received_at
           from response r join meeting_place m on m.id = r.meeting_place_id
          where r.client_response_id = ?`,
        [clientResponseId],
        (queryError, rows) => {
          db.close();
          if (queryError) return reject(queryError);
          resolve(
            rows.map((row) => ({
              id: row.id,
              clientResponseId: row.client_response_id,
              surveyKey: row.survey_key,
              surveyVersion: Number(row.survey_version),
              meetingPlaceSlug: row.slug,
              locale: row.locale,
              answers: JSON.parse(row.answers) as Record<string, unknown>,
              answeredAt: utc(row.answered_at),
              receivedAt: utc(row.received_at),
            })),
          );
        },
      );
    });
  });
}

/** A kiosk's stored answers, in the order they were given. */
export function kioskAnswers(databasePath: string, kioskId: string): Promise<Array<{ mood: number; respondent?: string; reason?: string[] }>> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(databasePath, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all<{ answers: string }>('select answers from response where kiosk_id = ? order by answered_at', [kioskId], (queryError, rows) => {
        db.close();
        if (queryError) return reject(queryError);
        resolve(rows.map((row) => JSON.parse(row.answers) as { mood: number; respondent?: string; reason?: string[] }));
      });
    });
  });
}
