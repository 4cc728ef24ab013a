import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationSet, InputError } from '../shared/model/types';
import type { Operation } from '../shared/model/operations';
import { SchemaIndex, type Schema } from '../shared/schema';
import type { Doc } from '../shared/model/types';
import { outsideSchema } from '../shared/formats/schema-json';
import type { PlatformApi } from '../shared/platform';
import { buildRegistry, type AppContext } from './commands/app-commands';
import type { GloseDb } from './db/database';
import { seedDocuments } from './db/seeds';
import { ANNOTATOR_KEY, annotatorsOf, applyToStored, corpusRows, ensureSeeded, getSetting, putSetting, titleOf, type CorpusRow } from './db/store';
import { acceptAllPending, pendingCount, rejectAllPending } from './preannotate/merge';
import { useRoute } from './hooks/route';
import { useOpenDocument, useSessionSnapshot } from './hooks/use-open-document';
import { usePreannotate } from './hooks/use-preannotate';
import { useSchemas } from './hooks/use-schemas';
import { useFileCommands } from './hooks/use-file-commands';
import { SettingsView } from './settings/settings-view';
import { useKeyboard } from './hooks/use-keyboard';
import { Header } from './components/header';
import { CorpusList } from './components/corpus-list';
import { DocumentView } from './components/document-view';
import { AnnotatorDialog } from './components/annotator-dialog';
import { ExportDialog } from './components/export-dialog';
import { ErrorsDialog } from './components/errors-dialog';
import { HelpOverlay } from './components/help-overlay';
import { ProgressDialog } from './components/progress-dialog';

const registry = buildRegistry();
const isMac = /Mac/.test(navigator.platform);

type Dialog =
  | { kind: 'annotator'; required: boolean }
  | { kind: 'export'; annotators: string[] }
  | { kind: 'help' }
  | { kind: 'errors'; title: string; errors: InputError[]; valid?: () => Promise<void>; validCount?: number };

/** What in the shown set the active schema does not define, one line per label or type. */
function setOutsideSchema(doc: Doc, set: AnnotationSet, schema: Schema): string[] {
  return outsideSchema([{ id: doc.id, text: doc.text, meta: doc.meta, ...set }], schema);
}

export function App({ db, platform }: { db: GloseDb; platform: PlatformApi }) {
  const [annotator, setAnnotator] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rows, setRows] = useState<CorpusRow[] | null>(null);
  const [version, setVersion] = useState(0);
  const [reloadKey, setReloadKey] = useState(0);
  const [route, go] = useRoute();
  const feedback = { notify: setNotice, showErrors };
  const schemas = useSchemas(db, platform, feedback, route.screen === 'settings', version);
  const schema = schemas.state.active;
  const files = useFileCommands(db, platform, schemas.state, {
    ...feedback,
    stored() {
      changed();
      setReloadKey((k) => k + 1);
    },
    flushed: async () => opened?.session.flushed(),
  });
  const schemaIndex = useMemo(() => new SchemaIndex(schema), [schema]);
  const open = useOpenDocument(db, route, annotator, schema, reloadKey);
  const opened = open && open !== 'missing' ? open : null;
  const snapshot = useSessionSnapshot(opened?.session ?? null);
  const changed = () => setVersion((v) => v + 1);

  useEffect(() => {
    void (async () => {
      await ensureSeeded(db, seedDocuments);
      const name = await getSetting<string>(db, ANNOTATOR_KEY);
      if (name) setAnnotator(name);
      else setDialog({ kind: 'annotator', required: true });
      changed();
    })();
  }, [db]);

  useEffect(() => {
    if (route.screen === 'corpus' && annotator) void corpusRows(db, annotator).then(setRows);
  }, [db, route.screen, annotator, version]);

  async function applyTo(docId: string, makeOp: (set: AnnotationSet) => Operation | null) {
    if (!annotator) return;
    const session = opened?.session;
    if (session && session.docId === docId && session.annotator === annotator) {
      const op = makeOp(session.snapshot().set);
      if (op) await session.apply(op);
    } else await applyToStored(db, docId, annotator, schema, makeOp);
  }
  const pre = usePreannotate(schema, applyTo, () => {
    changed();
    // Suggestions went into the annotator's own set: show it if another set is on screen.
    if (opened && opened.session.annotator !== annotator) go({ screen: 'document', docId: opened.doc.id, annotator: annotator ?? undefined });
  });

  function showErrors(title: string, errors: InputError[], importValid?: { count: number; run: () => Promise<void> }) {
    if (errors.length) setDialog({ kind: 'errors', title, errors, valid: importValid?.run, validCount: importValid?.count });
  }

  const session = opened?.session ?? null;
  const set = snapshot?.set ?? null;
  const onOperation = useCallback((op: Operation) => void session?.apply(op), [session]);
  const ctx: AppContext = {
    screen: route.screen,
    modal: dialog !== null || pre.progress !== null,
    busy: pre.busy,
    canUndo: snapshot?.canUndo ?? false,
    canRedo: snapshot?.canRedo ?? false,
    pendingCount: set ? pendingCount(set) : 0,
    openTextFiles: files.openTextFiles,
    openFolder: files.openFolder,
    importFiles: files.importFiles,
    showExport: () => void annotatorsOf(db).then((annotators) => setDialog({ kind: 'export', annotators })),
    askAnnotator: () => setDialog({ kind: 'annotator', required: false }),
    undo: async () => void (await session?.undo()),
    redo: async () => void (await session?.redo()),
    acceptAll: async () => void (set && (await session?.apply(acceptAllPending(set)!))),
    rejectAll: async () => void (set && (await session?.apply(rejectAllPending(set)!))),
    preannotateDocument: () => opened && pre.start([opened.doc], 'Pre-annotating the document'),
    preannotateCorpus: () => void db.documents.toArray().then((docs) => pre.start(docs, 'Pre-annotating the corpus')),
    showHelp: () => setDialog({ kind: 'help' }),
    showCorpus: () => go({ screen: 'corpus' }),
    showSettings: () => go({ screen: 'settings' }),
  };
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  useKeyboard(registry, ctxRef, isMac);
  useEffect(() => platform.onMenuCommand((name) => void registry.run(name, ctxRef.current)), [platform]);

  const outsideSchema = useMemo(() => (opened && set ? setOutsideSchema(opened.doc, set, schema) : []), [opened, set, schema]);
  const title =
    route.screen === 'corpus' ? `Corpus · ${rows?.length ?? 0} documents` : route.screen === 'settings' ? 'Schema' : opened ? titleOf(opened.doc.text) : '';
  return (
    <div className="app">
      <Header registry={registry} ctx={ctx} isMac={isMac} annotator={annotator} saveState={snapshot?.saveState ?? null} title={title} />
      {notice && (
        <div className="notice" role="status" data-testid="notice">
          <span>{notice}</span>
          <button className="icon" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <main className="main">
        {route.screen === 'corpus' && <CorpusList rows={annotator ? rows : null} onOpen={(docId) => go({ screen: 'document', docId })} />}
        {route.screen === 'settings' && (
          <SettingsView
            schemas={schemas.state}
            mismatches={schemas.mismatches}
            onSave={schemas.save}
            onActivate={schemas.activate}
            onImport={() => void schemas.importFile()}
            onExport={(kind) => void schemas.exportFile(kind)}
          />
        )}
        {route.screen === 'document' && open === 'missing' && <p className="empty">This document is not in the corpus.</p>}
        {route.screen === 'document' && opened && set && (
          <DocumentView
            doc={opened.doc}
            set={set}
            annotators={opened.annotators}
            annotator={annotator ?? ''}
            schema={schemaIndex}
            outsideSchema={outsideSchema}
            lastError={snapshot?.lastError}
            onOperation={onOperation}
            onShowSet={(a) => go({ screen: 'document', docId: opened.doc.id, annotator: a })}
            onAcceptAll={() => void registry.run('accept-pending', ctx)}
            onRejectAll={() => void registry.run('reject-pending', ctx)}
          />
        )}
      </main>
      {dialog?.kind === 'annotator' && (
        <AnnotatorDialog
          initial={annotator ?? ''}
          onCancel={dialog.required ? undefined : () => setDialog(null)}
          onSave={(name) => {
            void putSetting(db, ANNOTATOR_KEY, name).then(() => {
              setAnnotator(name);
              setDialog(null);
            });
          }}
        />
      )}
      {dialog?.kind === 'export' && (
        <ExportDialog
          annotators={dialog.annotators}
          onExport={(choice) => {
            setDialog(null);
            void files.exportAs(choice);
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'help' && <HelpOverlay commands={registry.list()} isMac={isMac} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'errors' && (
        <ErrorsDialog
          title={dialog.title}
          errors={dialog.errors}
          validCount={dialog.validCount}
          onImportValid={dialog.valid && (() => void dialog.valid!().then(() => setDialog(null)))}
          onClose={() => setDialog(null)}
        />
      )}
      {pre.progress && <ProgressDialog progress={pre.progress} onCancel={pre.cancel} onClose={pre.close} />}
    </div>
  );
}
