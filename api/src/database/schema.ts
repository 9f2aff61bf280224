import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/session.entity';
import { ExportToken } from '../exports/export-token.entity';
import { AnswerRevision } from '../responses/answer-revision.entity';
import { Municipality } from '../organisations/municipality.entity';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Region } from '../organisations/region.entity';
import { ServiceArea } from '../organisations/service-area.entity';
import { ResponseAnswer } from '../responses/response-answer.entity';
import { SurveyResponse } from '../responses/survey-response.entity';
import { SurveyInstrument } from '../surveys/survey-instrument.entity';
import { SurveyVersion } from '../surveys/survey-version.entity';
import { UserAccount } from '../users/user-account.entity';
import { CollectionRound } from '../rounds/collection-round.entity';
import { FigureRelease } from '../releases/release.entity';
import { KioskDevice } from '../kiosks/kiosk-device.entity';
import { Evaluation } from '../evaluations/evaluation.entity';
import { DevelopmentAction, DevelopmentActionNote } from '../evaluations/development-action.entity';
import { EvaluationPlan } from '../plans/evaluation-plan.entity';
import { CoDevelopmentDay } from '../plans/co-development-day.entity';
import { InitialSchema1767225600000 } from './migrations/1767225600000-initial-schema';
import { Accounts1767225700000 } from './migrations/1767225700000-accounts';
import { Exports1767225900000 } from './migrations/1767225900000-exports';
import { ServerSecret1767226313000 } from './migrations/1767226313000-server-secret';
import { AnswerRevisions1767226400000 } from './migrations/1767226400000-answer-revisions';
import { JunctionKeys1767226500000 } from './migrations/1767226500000-junction-keys';
import { RoundsAndReleases1767226600000 } from './migrations/1767226600000-rounds-and-releases';
import { Kiosks1767226700000 } from './migrations/1767226700000-kiosks';
import { Evaluations1767226800000 } from './migrations/1767226800000-evaluations';
import { EvaluationPlans1767227000000 } from './migrations/1767227000000-evaluation-plans';
import { ResponseExportText1767227100000 } from './migrations/1767227100000-response-export-text';

/** Every entity and migration, listed once for the app, the migration CLI and the tests. */
export const ENTITIES = [
  Region,
  Municipality,
  ServiceArea,
  Organisation,
  MeetingPlace,
  SurveyInstrument,
  SurveyVersion,
  SurveyResponse,
  ResponseAnswer,
  UserAccount,
  Session,
  AuditEvent,
  ExportToken,
  AnswerRevision,
  CollectionRound,
  FigureRelease,
  KioskDevice,
  Evaluation,
  DevelopmentAction,
  DevelopmentActionNote,
  EvaluationPlan,
  CoDevelopmentDay,
];

export const MIGRATIONS = [
  InitialSchema1767225600000,
  Accounts1767225700000,
  Exports1767225900000,
  ServerSecret1767226313000,
  AnswerRevisions1767226400000,
  JunctionKeys1767226500000,
  RoundsAndReleases1767226600000,
  Kiosks1767226700000,
  Evaluations1767226800000,
  EvaluationPlans1767227000000,
  ResponseExportText1767227100000,
];
