// The three faces of instant feedback, drawn here rather than taken from an emoji font (a
// cheap tablet's font may lack them, and they must look the same on every kiosk). Each face is
// also told apart by its shape and its words, never by colour alone. Constant markup, no input.

const face = (fill: string, mouth: string) =>
  `<svg viewBox="0 0 120 120" width="120" height="120" focusable="false"><circle cx="60" cy="60" r="54" fill="${fill}" stroke="#1a1a1a" stroke-width="5"/>` +
  `<circle cx="42" cy="48" r="7" fill="#1a1a1a"/><circle cx="78" cy="48" r="7" fill="#1a1a1a"/>` +
  `<path d="${mouth}" fill="none" stroke="#1a1a1a" stroke-width="7" stroke-linecap="round"/></svg>`;

export const FACE_SVG: Record<number, string> = {
  1: face('#f6c1b6', 'M36 88 Q60 66 84 88'),
  2: face('#f7e3a1', 'M38 80 L82 80'),
  3: face('#b9e4c9', 'M34 74 Q60 102 86 74'),
};
