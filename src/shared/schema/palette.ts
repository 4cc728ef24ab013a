/** Colours for labels and event types that come without one (brat's annotation.conf, a label added in settings). */
export const LABEL_PALETTE = [
  '#f4a6a6',
  '#9ec5f8',
  '#a8e0a0',
  '#d7e89a',
  '#e5c39a',
  '#c9a8e8',
  '#9ee0dc',
  '#f1d98a',
  '#f7b6d2',
  '#c7c7c7',
  '#ffbb78',
  '#98df8a',
];
export const EVENT_PALETTE = ['#d9534f', '#b35900', '#5cb85c', '#8e6bbf', '#333333', '#e67e22', '#2f7ebc', '#17a2b8', '#7f7f7f', '#bcbd22'];

const rgb = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16);

/** `#rrggbb` mixed with `base` (white unless given), `share` being the colour's part of the mix, as CSS color-mix draws it. */
export function mixColor(hex: string, share: number, base = '#ffffff'): string {
  const channel = (i: number) => Math.round(share * rgb(hex, i) + (1 - share) * rgb(base, i));
  return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = rgb(hex, i) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two colours (1 to 21; text needs 4.5). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Black or white, whichever contrasts more with the colour as the editor draws it (mixed with `base`
 * by `share`): users pick label colours freely, and the text on them must stay readable. The better of
 * the two always reaches 4.58:1.
 */
export function readableTextOn(hex: string, share = 1, base = '#ffffff'): '#000000' | '#ffffff' {
  const drawn = mixColor(hex, share, base);
  return contrastRatio(drawn, '#000000') >= contrastRatio(drawn, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * The surfaces annotations are drawn on, per theme: what their colours are mixed with and the text
 * colour of a suggestion. Kept equal to --panel and --text of renderer/styles/theme.css.
 */
export const THEME_SURFACES = {
  light: { panel: '#ffffff', text: '#1c1f23' },
  dark: { panel: '#1d2024', text: '#e6e8eb' },
} as const;

/** The shares of the label colour in a mention's background, accepted and suggested (document.css). */
export const MENTION_SHARE = 0.55;
export const SUGGESTION_SHARE = 0.22;
