/** Light, dark, or whatever the system prefers (followed as it changes). */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

const dark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

let followed: ThemeChoice = 'system';
let listening = false;

/** Sets <html data-theme> to the theme drawn now; theme.css holds each theme's colours. */
export function applyTheme(choice: ThemeChoice): void {
  followed = choice;
  document.documentElement.dataset.theme = choice === 'system' ? (dark() ? 'dark' : 'light') : choice;
  if (!listening && typeof matchMedia === 'function') {
    listening = true;
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyTheme(followed));
  }
}
