import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, Repository } from 'typeorm';
import { canonicalJson } from '../common/canonical-json';
import { ProblemException, ValidationProblem } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import { OrganisationsService } from '../organisations/organisations.service';
import { sha256Hex } from '../surveys/survey-definition-files';
import { SurveysService } from '../surveys/surveys.service';
import { CreateResponseDto, ResponseReceiptDto } from './dto/create-response.dto';
import { periodOf } from './reporting-period';
import { ResponseAnswer } from './response-answer.entity';
import { SurveyResponse } from './survey-response.entity';

export interface SubmitResult {
  /** false when this was a replay of a response already stored. */
  created: boolean;
  receipt: ResponseReceiptDto;
}

@Injectable()
export class ResponsesService {
  constructor(
    private readonly transactions: TransactionRunner,
    @InjectRepository(SurveyResponse) private readonly responses: Repository<SurveyResponse>,
    private readonly surveys: SurveysService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * Stores one anonymous response after validating it against the exact survey version.
   * Idempotent by clientResponseId: the same body again returns the stored receipt, a
   * different body with the same id is a conflict.
   */
  async submit(dto: CreateResponseDto): Promise<SubmitResult> {
    const place = await this.organisations.findMeetingPlace(dto.meetingPlace);
    if (!place) {
      throw new ProblemException(404, 'meeting-place-not-found', `There is no meeting place "${dto.meetingPlace}".`);
    }
    const requestHash = sha256Hex(
      canonicalJson({
        surveyKey: dto.surveyKey,
        surveyVersion: dto.surveyVersion,
        meetingPlaceId: place.id,
        locale: dto.locale,
        answers: dto.answers,
      }),
    );
    const replay = await this.findReplay(dto.clientResponseId, requestHash);
    if (replay) return replay;

    if (!place.active) {
      throw new ValidationProblem([{ field: 'meetingPlace', message: 'This meeting place no longer collects answers.' }]);
    }
    const validator = await this.surveys.validatorFor(dto.surveyKey, dto.surveyVersion);
    if (!validator) {
      throw new ProblemException(
        404,
        'survey-not-found',
        `Survey "${dto.surveyKey}" has no published version ${dto.surveyVersion}.`,
      );
    }
    if (!validator.locales.has(dto.locale)) {
      throw new ValidationProblem([
        { field: 'locale', message: `This survey is available in ${[...validator.locales].join(', ')}.` },
      ]);
    }
    const validated = validator.validate(dto.answers);
    if (validated.errors.length > 0) throw new ValidationProblem(validated.errors, 'Some answers are not valid.');

    const receivedAt = new Date();
    const period = periodOf(receivedAt);
    const response: SurveyResponse = {
      id: randomUUID(),
      clientResponseId: dto.clientResponseId.toLowerCase(),
      requestHash,
      surveyKey: dto.surveyKey,
      surveyVersion: dto.surveyVersion,
      meetingPlaceId: place.id,
      locale: dto.locale,
      receivedAt,
      periodYear: period.year,
      periodHalf: period.half,
      answers: JSON.stringify(validated.answers),
    };
    const rows = validated.values.map((value) => ({
      ...value,
      responseId: response.id,
      surveyKey: response.surveyKey,
      surveyVersion: response.surveyVersion,
      meetingPlaceId: response.meetingPlaceId,
      periodYear: response.periodYear,
      periodHalf: response.periodHalf,
    }));
    try {
      await this.transactions.run(async (manager) => {
        await manager.insert(SurveyResponse, response);
        if (rows.length > 0) await manager.insert(ResponseAnswer, rows);
      });
    } catch (error) {
      // Two deliveries of one response racing each other: the loser answers like a replay.
      if (error instanceof QueryFailedError) {
        const raced = await this.findReplay(dto.clientResponseId, requestHash);
        if (raced) return raced;
      }
      throw error;
    }
    return { created: true, receipt: { id: response.id, receivedAt: receivedAt.toISOString() } };
  }

  private async findReplay(clientResponseId: string, requestHash: string): Promise<SubmitResult | null> {
    const existing = await this.responses.findOne({
      where: { clientResponseId: clientResponseId.toLowerCase() },
      select: ['id', 'requestHash', 'receivedAt'],
    });
    if (!existing) return null;
    if (existing.requestHash !== requestHash) {
      throw new ProblemException(
        409,
        'client-response-id-conflict',
        'A different response was already stored with this clientResponseId. Make a new id for a new response.',
      );
    }
    return { created: false, receipt: { id: existing.id, receivedAt: existing.receivedAt.toISOString() } };
  }
}
