import { criterionAreaOf, EvaluationArea } from '../../../reports/evaluation-comparison';
import { localised, LocalisedTextDto } from '../common/localised-text.dto';

/** The instrument the evaluation cycle runs on. */
export const EVALUATION_SURVEY_KEY = 'peer-evaluation';

/** Question names whose answers are the teams' report text (strengths, development targets). */
export const SUMMARY_QUESTIONS = { strengths: 'strengths', developmentTargets: 'development_targets' } as const;

export interface InstrumentCriterion {
  name: string;
  area: EvaluationArea;
  title: LocalisedTextDto;
}

export interface EvaluationInstrument {
  criteria: InstrumentCriterion[];
  areaTitles: Map<EvaluationArea, LocalisedTextDto>;
  /** What a submitted evaluation must answer: every criterion and both summary texts (evidence notes are optional). */
  requiredForSubmit: string[];
}

interface Element {
  type?: string;
  name?: string;
  title?: unknown;
  elements?: Element[];
}

function textOf(title: unknown, fallback: string): LocalisedTextDto {
  if (typeof title === 'string') return localised(title);
  if (title && typeof title === 'object') {
    const t = title as Record<string, string>;
    return localised(t.default ?? fallback, t.sv, t.en);
  }
  return localised(fallback);
}

/**
 * The criteria (rating questions named crit_<area>_<topic>) of a peer-evaluation definition with
 * their titles, and the areas' titles from the panels holding them.
 */
export function evaluationInstrumentOf(definition: { pages?: Element[] }): EvaluationInstrument {
  const criteria: InstrumentCriterion[] = [];
  const areaTitles = new Map<EvaluationArea, LocalisedTextDto>();
  const visit = (elements: Element[], panelTitle: unknown) => {
    for (const element of elements) {
      if (element.type === 'panel') visit(element.elements ?? [], element.title);
      const area = element.type === 'rating' && element.name ? criterionAreaOf(element.name) : null;
      if (!area || !element.name) continue;
      criteria.push({ name: element.name, area, title: textOf(element.title, element.name) });
      if (!areaTitles.has(area)) areaTitles.set(area, textOf(panelTitle, area));
    }
  };
  for (const page of definition.pages ?? []) visit(page.elements ?? [], undefined);
  return { criteria, areaTitles, requiredForSubmit: [...criteria.map((c) => c.name), ...Object.values(SUMMARY_QUESTIONS)] };
}
