/**
 * Answer values that reach every rule of responses.csv's cells: the formula guard, papaparse's
 * quoting, numbers in both dialects, booleans, arrays. Used by the export tests that prove a
 * faster path gives byte for byte what responseRow + csvRows give.
 */

/** Values the database formats when it builds a line (response-line-sql.ts). */
export const FORMATTED_IN_SQL: unknown[] = [
  // eslint-disable-next-line no-loss-of-precision -- a number past 2^53, as JSON may hold one
  0, 5, -3, 12345678901, 1.5, -0.25, 1e21, 1e-7, 9007199254740993,
  '', 'weekly', '0-2', 'a,b', 'a;b', ' lead', 'trail ', ' ', '=1+1', '+358', '-5', '@SUM(A1)', 'äö ÅÄÖ', '😀 emoji', '\uFEFFbom', 'pipe|pipe', "it's",
  true, false, null, [], [''], ['0-2', '3-6'], ['a,b', 'c'], ['=x'], [' a'], ['x '], ['-'], [1, 2], [-1, 2.5], [1e21],
];

/** Values the database leaves to JavaScript: escapes in strings, objects, mixed arrays. */
export const FORMATTED_IN_JAVASCRIPT: unknown[] = [
  'say "hi"', '=HYPERLINK("http://x")', 'line\nbreak', 'cr\rlf', 'tab\there', '\tx', '\rx', 'back\\slash', '\ud800', 'a\u0001b',
  ['a"b'], ['a', 1], [null], [true], [['x']], [{}], ['a\\b'], { nested: 1 },
];
