import { randomUUID } from 'node:crypto';

/** A complete, valid visitor-survey v2 submission; override what a test is about. */
export function visitorSurveyBody(meetingPlace: string, overrides: Record<string, unknown> = {}) {
  return {
    surveyKey: 'visitor-survey',
    surveyVersion: 2,
    meetingPlace,
    clientResponseId: randomUUID(),
    locale: 'fi',
    answers: {
      felt_welcome: 5,
      peer_support: 4,
      loneliness: 2,
      everyday_easier: 4,
      children_age_bands: ['0-2', '3-6'],
      feedback_free_text: 'Kiitos!',
    },
    ...overrides,
  };
}

export function instantFeedbackBody(meetingPlace: string, mood: 1 | 2 | 3, overrides: Record<string, unknown> = {}) {
  return {
    surveyKey: 'instant-feedback',
    surveyVersion: 1,
    meetingPlace,
    clientResponseId: randomUUID(),
    locale: 'fi',
    answers: { mood },
    ...overrides,
  };
}
