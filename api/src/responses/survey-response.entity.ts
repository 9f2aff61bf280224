import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';

/**
 * One anonymous submission. Deliberately holds no IP address, user agent, cookie or account:
 * nothing here can point back at a family. A kiosk's answers carry the kiosk's id: a device
 * by the door, not a person.
 */
@Entity('response')
@ForeignKey(() => SurveyVersion, ['surveyKey', 'surveyVersion'], ['surveyKey', 'version'])
@Index('idx_response_survey_period_place', ['surveyKey', 'periodYear', 'meetingPlaceId'])
@Index('idx_response_place', ['meetingPlaceId'])
// Keyset pages of responses.csv: one survey, one half-year, in id order.
@Index('idx_response_export', ['surveyKey', 'periodYear', 'periodHalf', 'id'])
// Rounds and releases select answers by when they were given.
@Index('idx_response_answered', ['surveyKey', 'answeredAt'])
// Answers per kiosk today, for the place's kiosks page.
@Index('idx_response_kiosk', ['kioskId', 'receivedAt'])
export class SurveyResponse {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Made by the client when the survey starts; makes retries idempotent. */
  @Column({ name: 'client_response_id', type: 'varchar', length: 36, unique: true })
  clientResponseId: string;

  /** sha256 of the canonical request, to tell an exact replay from a conflicting one. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'survey_key', type: 'varchar', length: 64 })
  surveyKey: string;

  @Column({ name: 'survey_version', type: 'integer' })
  surveyVersion: number;

  @ForeignKey(() => MeetingPlace)
  @Column({ name: 'meeting_place_id', type: 'varchar', length: 36 })
  meetingPlaceId: string;

  @Column({ type: 'varchar', length: 35 })
  locale: string;

  @Column({ name: 'received_at' })
  receivedAt: Date;

  /**
   * When the family finished: the device's answeredAt when the server accepted it (queued
   * answers keep the moment they were given), else receivedAt; paper forms: their received_on.
   * It decides the response's round and period. Never null (nullable in the schema only, see
   * the rounds-and-releases migration).
   */
  @Column({ name: 'answered_at', type: Date, nullable: true })
  answeredAt: Date;

  /** Calendar year and half (1 or 2) of answeredAt in Finnish time: the reporting periods. */
  @Column({ name: 'period_year', type: 'integer' })
  periodYear: number;

  @Column({ name: 'period_half', type: 'integer' })
  periodHalf: number;

  /** The kiosk that sent it (api/src/kiosks); null for phones, paper and staff. */
  @Column({ name: 'kiosk_id', type: 'varchar', length: 36, nullable: true })
  kioskId?: string | null;

  /** The validated answers as JSON, exactly as accepted. */
  @Column({ type: 'text' })
  answers: string;

  /**
   * The export-ready text's key: the column set of responses.csv it was made for
   * (export-text.ts). Null for responses stored before the texts existed.
   */
  @Column({ name: 'export_key', type: 'varchar', length: 16, nullable: true })
  exportKey?: string | null;

  /** Its responses.csv line in rfc4180 without the place's cells (export-text.ts). */
  @Column({ name: 'export_rfc4180', type: 'text', nullable: true })
  exportRfc4180?: string | null;

  /** … and in excel-fi. */
  @Column({ name: 'export_excel_fi', type: 'text', nullable: true })
  exportExcelFi?: string | null;
}
