import { useAppState, useServices } from '../hooks/use-services';
import { THEMES } from '../services/theme';

const NAMES = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** The theme: light, dark, or the system's (also Ctrl+Shift+D from anywhere). */
export function DisplaySettings() {
  const services = useServices();
  const { theme } = useAppState();
  return (
    <section className="settings" data-testid="display-settings">
      <h2>Display</h2>
      <fieldset className="choices">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t} className="choice">
            <input type="radio" name="theme" checked={theme === t} onChange={() => void services.settings.setTheme(t)} />
            {NAMES[t]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
