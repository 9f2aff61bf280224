import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { localised } from '../common/localised-text.dto';
import { ProblemException } from '../common/problem';
import { SurveyDto, SurveyVersionDto } from './dto/survey.dto';
import { SurveyAnswerValidator } from './survey-answer-validator';
import { SurveyInstrument } from './survey-instrument.entity';
import { SurveyVersion } from './survey-version.entity';

@Injectable()
export class SurveysService {
  /** Published versions never change, so their validators can live as long as the process. */
  private readonly validators = new Map<string, Promise<SurveyAnswerValidator | null>>();
  /** Titles of a published version by "key/vN", in every language its definition has. */
  private readonly definitionTitles = new Map<string, Promise<Record<string, string>>>();

  constructor(
    @InjectRepository(SurveyInstrument) private readonly instruments: Repository<SurveyInstrument>,
    @InjectRepository(SurveyVersion) private readonly versions: Repository<SurveyVersion>,
  ) {}

  async list(): Promise<SurveyDto[]> {
    const [instruments, versions] = await Promise.all([
      this.instruments.find({ order: { key: 'ASC' } }),
      this.versions.find({ select: ['surveyKey', 'version', 'checksum', 'publishedAt'], order: { version: 'ASC' } }),
    ]);
    return Promise.all(instruments.map(async (instrument) => {
      const own = versions.filter((v) => v.surveyKey === instrument.key);
      const currentVersion = Math.max(...own.map((v) => v.version));
      return {
        key: instrument.key,
        kind: instrument.kind,
        audience: instrument.audience,
        // The instrument's fi/sv/en names, plus every other language the current version is
        // written in (a family choosing Arabic finds the Arabic title on the place page).
        title: {
          ...(await this.titlesOf(instrument.key, currentVersion)),
          ...localised(instrument.titleFi, instrument.titleSv, instrument.titleEn),
        },
        currentVersion,
        versions: own.map((v) => ({ version: v.version, checksum: v.checksum, publishedAt: v.publishedAt.toISOString() })),
      };
    }));
  }

  private titlesOf(key: string, version: number): Promise<Record<string, string>> {
    const cacheKey = `${key}/v${version}`;
    let titles = this.definitionTitles.get(cacheKey);
    if (!titles) {
      titles = this.findVersion(key, version).then((found) => (found ? definitionTitles(JSON.parse(found.definition)) : {}));
      titles.catch(() => this.definitionTitles.delete(cacheKey));
      this.definitionTitles.set(cacheKey, titles);
    }
    return titles;
  }

  /** `version` is a number or "current" (the newest published version). */
  async getVersion(key: string, version: number | 'current'): Promise<SurveyVersionDto> {
    const found = await this.findVersion(key, version);
    if (!found) throw new ProblemException(404, 'survey-not-found', `Survey "${key}" has no version ${version}.`);
    return { key: found.surveyKey, version: found.version, checksum: found.checksum, definition: JSON.parse(found.definition) };
  }

  /** The validator for one published version, or null when that version does not exist. */
  validatorFor(key: string, version: number): Promise<SurveyAnswerValidator | null> {
    const cacheKey = `${key}/v${version}`;
    let validator = this.validators.get(cacheKey);
    if (!validator) {
      validator = this.findVersion(key, version).then((found) =>
        found ? new SurveyAnswerValidator(JSON.parse(found.definition)) : null,
      );
      // Only found versions are cached: an unknown one may be published later.
      validator.then((v) => v ?? this.validators.delete(cacheKey), () => this.validators.delete(cacheKey));
      this.validators.set(cacheKey, validator);
    }
    return validator;
  }

  private findVersion(key: string, version: number | 'current'): Promise<SurveyVersion | null> {
    return version === 'current'
      ? this.versions.findOne({ where: { surveyKey: key }, order: { version: 'DESC' } })
      : this.versions.findOne({ where: { surveyKey: key, version } });
  }
}

/** A SurveyJS definition's title by language; its "default" locale is Finnish. */
function definitionTitles(definition: { title?: unknown }): Record<string, string> {
  const { title } = definition;
  if (typeof title === 'string') return { fi: title };
  if (!title || typeof title !== 'object') return {};
  const titles: Record<string, string> = {};
  for (const [locale, text] of Object.entries(title)) {
    if (typeof text === 'string' && text.trim() !== '') titles[locale === 'default' ? 'fi' : locale] = text;
  }
  return titles;
}
