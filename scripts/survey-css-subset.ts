// survey-core ships one stylesheet for every question type it has (≈300 kB, 28 kB brotli). The
// respondent app keeps only the rules of the question types our definitions use: a rule goes
// when each of its selectors names a block below. survey-definitions' tests fail when a
// definition starts using a type whose rules are dropped (SUBSET_QUESTION_TYPES).

/** The question types whose look the subset keeps (every other type's blocks are dropped). */
export const SUBSET_QUESTION_TYPES = ['rating', 'radiogroup', 'checkbox', 'comment', 'text', 'panel', 'html', 'expression'] as const;

/** survey-core's CSS blocks of the question types and survey features we do not use. */
const UNUSED_BLOCKS = [
  // dropdown and tagbox, with their popup list
  'sd-dropdown', 'sv-dropdown-popup', 'sv-popup', 'sv-list', 'sv-list-item', 'sv-multi-select-list',
  'sd-tagbox', 'sd-tagbox-item', 'sv-tagbox',
  // matrices
  'sd-table', 'sd-table-wrapper', 'sd-matrix', 'sd-matrixdynamic', 'sd-matrixdropdown',
  // slider, ranking, file, dynamic panel, boolean, multiple text, images, signature
  'sd-slider', 'sd-slider-container',
  'sv-ranking', 'sv-ranking-item', 'sv-ranking-shortcut', 'sd-ranking', 'sv-drag-drop-choices-shortcut',
  'sd-file', 'sd-paneldynamic', 'sd-tab-item', 'sd-tabs-toolbar', 'sd-boolean', 'sd-multipletext',
  'sd-imagepicker', 'sd-image', 'sd-signaturepad',
  // survey features the app does not turn on: timer, summaries, survey-core's own thank-you
  // pages (ours is the app's), the brand line. (The progress bar's buttons are rendered even
  // where unused, and its rules hide them: they stay.)
  'sd-timer', 'sd-summary-row', 'sd-summary-row-action', 'sd-completedpage',
  'sd-completed-before-page', 'sv-brand-info',
];

const unused = new RegExp(`\\.(?:${UNUSED_BLOCKS.join('|')})(?=__|--|[^a-zA-Z0-9_-]|$)`);

/** Index of the `}` that closes the block opened at `open` (strings and comments skipped). */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = css.indexOf(c, i + 1);
      if (i < 0) break;
    } else if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Error('survey-css-subset: unbalanced braces');
}

/** The selectors of a list, split at commas outside parentheses and brackets. */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

const GROUPING_AT_RULES = /^@(media|supports|layer|container)\b/;

/** `css` without the rules of unused blocks (grouping at-rules left empty go too). */
export function surveyCssSubset(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) {
      out += css.slice(i);
      break;
    }
    // A statement at-rule (@charset, @import) ends with ";" before the next block.
    const semicolon = css.indexOf(';', i);
    if (css.slice(i).trimStart().startsWith('@') && semicolon >= 0 && semicolon < open) {
      out += css.slice(i, semicolon + 1);
      i = semicolon + 1;
      continue;
    }
    const close = closingBrace(css, open);
    const prelude = css.slice(i, open);
    const body = css.slice(open + 1, close);
    const head = prelude.trim();
    if (GROUPING_AT_RULES.test(head)) {
      const inner = surveyCssSubset(body);
      if (inner.trim() !== '') out += `${prelude}{${inner}}`;
    } else if (head.startsWith('@')) {
      out += `${prelude}{${body}}`;
    } else {
      const kept = selectors(prelude).filter((s) => !unused.test(s));
      if (kept.length > 0) out += `${kept.join(',')}{${body}}`;
    }
    i = close + 1;
  }
  return out;
}
