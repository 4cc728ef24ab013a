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

/** WCAG relative luminance of `#rrggbb` mixed with white, `share` being the colour's part of the mix. */
function luminance(hex: string, share: number): number {
  const channel = (i: number) => {
    const c = (share * parseInt(hex.slice(i, i + 2), 16) + (1 - share) * 255) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * Black or white, whichever contrasts more with the colour (mixed with white by `share`, as the editor
 * draws it): users pick label colours freely, and the text on them must stay readable.
 */
export function readableTextOn(hex: string, share = 1): '#000000' | '#ffffff' {
  const l = luminance(hex, share);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
