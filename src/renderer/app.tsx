import { AnnotatorDialog } from './components/annotator-dialog';
import { ConfirmDeleteDialog, ConfirmRetypeDialog, DonePendingDialog, OccurrencesDialog } from './components/choice-dialogs';
import { Palette } from './components/palette';
import { ErrorsDialog } from './components/errors-dialog';
import { ExportDialog } from './components/export-dialog';
import { Header } from './components/header';
import { HelpOverlay } from './components/help-overlay';
import { ProgressDialog } from './components/progress-dialog';
import { SearchBar } from './components/search-bar';
import { RemoveDocumentDialog } from './components/remove-document-dialog';
import { RestoreDialog } from './components/restore-dialog';
import { useKeyboard } from './hooks/use-keyboard';
import { ServicesContext, useAppState, useServices } from './hooks/use-services';
import { openDocument, type AppState, type Dialog } from './services/app-store';
import type { Services } from './services/services';
import { CorpusScreen } from './screens/corpus-screen';
import { DocumentScreen } from './screens/document-screen';
import { ReviewScreen } from './screens/review-screen';
import { SettingsScreen } from './screens/settings-screen';

/** The shell: the header, the notice line, the screen the route names, and the open dialog. */
export function App({ services }: { services: Services }) {
  return (
    <ServicesContext.Provider value={services}>
      <Shell />
    </ServicesContext.Provider>
  );
}

function titleFor(state: AppState): string {
  const open = openDocument(state);
  if (state.route.screen === 'settings') return 'Settings';
  if (state.route.screen === 'review') return 'Review';
  if (state.route.screen === 'document') return open?.title ?? '';
  return 'Corpus';
}

function Shell() {
  const services = useServices();
  const state = useAppState();
  useKeyboard(services);
  return (
    <div className="app">
      <Header title={titleFor(state)} />
      {state.notice && (
        <div className="notice" role="status" data-testid="notice">
          <span>{state.notice}</span>
          <button className="icon" aria-label="Dismiss" onClick={() => services.app.update({ notice: null })}>
            ×
          </button>
        </div>
      )}
      {state.search && (state.search.scope === 'corpus' || state.route.screen === 'document') && <SearchBar search={state.search} />}
      <main className="main">
        {state.route.screen === 'corpus' && <CorpusScreen />}
        {state.route.screen === 'settings' && <SettingsScreen />}
        {state.route.screen === 'document' && <DocumentScreen />}
        {state.route.screen === 'review' && <ReviewScreen />}
      </main>
      {state.dialog && <DialogView dialog={state.dialog} />}
      {state.progress && (
        <ProgressDialog
          progress={state.progress}
          onCancel={() => (state.progress?.cancel ?? (() => services.preannotation.cancel()))()}
          onClose={() => services.preannotation.close()}
        />
      )}
    </div>
  );
}

function DialogView({ dialog }: { dialog: Dialog }) {
  const services = useServices();
  const { annotator, corpus } = useAppState();
  const close = () => services.showDialog(null);
  switch (dialog.kind) {
    case 'annotator':
      return (
        <AnnotatorDialog
          initial={annotator ?? ''}
          onCancel={dialog.required ? undefined : close}
          onSave={(name) => void services.settings.setAnnotator(name)}
        />
      );
    case 'export':
      return (
        <ExportDialog
          annotators={dialog.annotators}
          onExport={(choice) => {
            close();
            void services.corpus.exportAs(choice);
          }}
          onCancel={close}
        />
      );
    case 'help':
      return <HelpOverlay onClose={close} />;
    case 'palette':
      return <Palette onClose={close} />;
    case 'done-pending':
      return <DonePendingDialog dialog={dialog} onClose={close} />;
    case 'confirm-delete':
      return <ConfirmDeleteDialog dialog={dialog} onClose={close} />;
    case 'confirm-retype':
      return <ConfirmRetypeDialog dialog={dialog} onClose={close} />;
    case 'occurrences':
      return <OccurrencesDialog dialog={dialog} onClose={close} />;
    case 'remove-document': {
      const row = corpus.rows?.find((r) => r.doc.id === dialog.docId);
      if (!row) return null;
      const remove = () => void services.corpusList.remove(row.doc.id).then(close);
      const cancel = () => {
        close();
        services.corpusList.refocus();
      };
      return <RemoveDocumentDialog row={row} onRemove={remove} onCancel={cancel} />;
    }
    case 'restore':
      return <RestoreDialog dialog={dialog} onCancel={close} />;
    case 'errors':
      return (
        <ErrorsDialog
          title={dialog.title}
          errors={dialog.errors}
          validCount={dialog.importValid?.count}
          onImportValid={dialog.importValid && (() => void dialog.importValid!.run().then(close))}
          onClose={close}
        />
      );
  }
}
