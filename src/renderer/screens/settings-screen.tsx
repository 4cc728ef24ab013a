import { useEffect, useState } from 'react';
import { useAppState, useServices } from '../hooks/use-services';
import { KeySettings } from '../settings/key-settings';
import { SettingsView } from '../settings/settings-view';

/** Settings: the annotation schema and its versions, and the keyboard. */
export function SettingsScreen() {
  const services = useServices();
  const { schemas } = useAppState();
  const [mismatches, setMismatches] = useState<string[] | null>(null);
  useEffect(() => {
    setMismatches(null);
    return services.corpus.watchMismatches(setMismatches);
  }, [services, schemas.active]);
  return (
    <div className="settings-page">
      <SettingsView
        schemas={schemas}
        mismatches={mismatches}
        onSave={(s) => void services.schemas.save(s)}
        onActivate={(s) => void services.schemas.activate(s)}
        onImport={() => void services.schemas.importFile()}
        onExport={(kind) => void services.schemas.exportFile(kind)}
      />
      <KeySettings />
    </div>
  );
}
