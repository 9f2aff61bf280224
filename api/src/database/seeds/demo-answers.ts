import { ItemValue, Model, Question } from 'survey-core';
import { SeededRandom } from '../../../../reports/seeded-random';

/**
 * Plausible synthetic answers for any survey definition, for the demo data. Scales lean
 * positive with a per-place "climate" so places differ; questions hidden by the answers
 * given are left out, as a real respondent's would be.
 */
const FREE_TEXTS = [
  'Kiitos, täällä on aina lämmin vastaanotto.',
  'Toivoisin lisää iltapäivätoimintaa koululaisille.',
  'Lapsi odottaa joka viikko, että pääsee tänne leikkimään.',
  'Tila on välillä liian täynnä ja meluisa.',
  'Thank you, I found friends here.',
  'Enemmän tietoa tapahtumista muilla kielillä, kiitos.',
  'Ohjaajat ovat ystävällisiä ja auttavat.',
];

/** Items where a low answer is the good one: a happier climate lowers them. */
const LOWER_IS_BETTER = new Set(['loneliness']);

export class DemoAnswerGenerator {
  private readonly model: Model;

  constructor(definition: object, private readonly random: SeededRandom) {
    this.model = new Model(definition);
  }

  /** `climate` from -1 (struggling place) to 1 (thriving place). */
  answers(climate: number): Record<string, unknown> {
    const answers: Record<string, unknown> = {};
    for (const question of this.model.getAllQuestions(false) as Question[]) {
      if (question.isReadOnly || this.random.chance(question.isRequired ? 0 : 0.06)) continue;
      const value = this.valueFor(question, climate);
      if (value !== undefined) answers[question.getValueName()] = value;
    }
    // Drop what the other answers hide, as a real respondent would never see it.
    this.model.setDataCore(answers, true);
    for (const question of this.model.getAllQuestions(false) as Question[]) {
      if (!(question.isVisible && question.isParentVisible)) delete answers[question.getValueName()];
    }
    return answers;
  }

  private valueFor(question: Question, climate: number): unknown {
    const q = question as unknown as Record<string, unknown>;
    switch (question.getType()) {
      case 'rating': {
        const values = (q.visibleRateValues as ItemValue[]).map((item) => item.value as unknown);
        // Most families are content: a positive lean, a little stronger in a thriving place.
        // For lower-is-better items (loneliness) content means the bottom of the scale.
        const lean = (climate + 0.6) * (LOWER_IS_BETTER.has(question.name) ? -1 : 1);
        const weights = values.map((_, i) => Math.exp(lean * (i - (values.length - 1) / 2)));
        return values[this.random.weighted(weights)];
      }
      case 'radiogroup':
      case 'dropdown': {
        const choices = this.plainChoices(question);
        return choices.length ? this.random.pick(choices) : undefined;
      }
      case 'checkbox':
      case 'tagbox': {
        const choices = this.plainChoices(question);
        const chosen = choices.filter(() => this.random.chance(0.35));
        return chosen.length ? chosen : choices.slice(0, 1);
      }
      case 'boolean':
        return this.random.chance(0.5);
      case 'comment':
      case 'text':
        if (q.inputType === 'number') return undefined;
        return question.isRequired || this.random.chance(0.25) ? this.random.pick(FREE_TEXTS) : undefined;
      default:
        return undefined;
    }
  }

  /** Ordinary choices only: no "other", "none", "select all" or "refuse" items. */
  private plainChoices(question: Question): unknown[] {
    const q = question as unknown as { choices: ItemValue[] };
    return q.choices.map((item) => item.value as unknown);
  }
}
