import { useEffect, useState } from 'react';
import { useAppState, useServices } from '../hooks/use-services';
import { DisplaySettings } from '../settings/display-settings';
import { KeySettings } from '../settings/key-settings';
import { ServerSettings } from '../settings/server-settings';
import { SettingsView } from '../settings/settings-view';

const TABS = [
  { id: 'schema', title: 'Annotation schema' },
  { id: 'keys', title: 'Keyboard' },
  { id: 'display', title: 'Display' },
  { id: 'server', title: 'Team server' },
] as const;

/** Settings: the annotation schema and its versions, the keyboard, the display, the team server. */
export function SettingsScreen() {
  const services = useServices();
  const { schemas } = useAppState();
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('schema');
  const [mismatches, setMismatches] = useState<string[] | null>(null);
  useEffect(() => {
    setMismatches(null);
    return services.corpus.watchMismatches(setMismatches);
  }, [services, schemas.active]);
  return (
    <div className="settings-page">
      <nav className="tabs" role="tablist" aria-label="Settings">
        {TABS.map((t) => (
          <button key={t.id} role="tab" aria-selected={tab === t.id} className={tab === t.id ? 'tab selected' : 'tab'} onClick={() => setTab(t.id)}>
            {t.title}
          </button>
        ))}
      </nav>
      {tab === 'schema' ? (
        <SettingsView
          schemas={schemas}
          mismatches={mismatches}
          onSave={(s) => void services.schemas.save(s)}
          onActivate={(s) => void services.schemas.activate(s)}
          onImport={() => void services.schemas.importFile()}
          onExport={(kind) => void services.schemas.exportFile(kind)}
        />
      ) : tab === 'keys' ? (
        <KeySettings />
      ) : tab === 'server' ? (
        <ServerSettings />
      ) : (
        <DisplaySettings />
      )}
    </div>
  );
}
