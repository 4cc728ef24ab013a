import type { PlatformApi } from '../../shared/platform';
import { createRegistry } from '../commands';
import type { GloseDb } from '../db/database';
import { seedDocuments } from '../db/seeds';
import { addActiveTime } from '../db/stats';
import { ensureSeeded } from '../db/store';
import { ActivityService } from './activity-service';
import { BackupService } from './backup-service';
import { AppStore, initialState } from './app-store';
import { CorpusListService } from './corpus-list-service';
import { CorpusService } from './corpus-service';
import { CrossDocumentService } from './cross-document';
import { DocumentController } from './document-controller';
import { ImportService } from './import-service';
import { PreannotationService } from './preannotation-service';
import { ReviewService } from './review-service';
import { parseHash, routeHash, type Route } from './route';
import { SchemaService } from './schema-service';
import type { Services } from './services';
import { SettingsService } from './settings-service';
import { SyncService } from './sync-service';
import { TeamService } from './team-service';
import { adoptProjectSchema } from './project-schema';
import { applyTheme, type ThemeChoice } from './theme';

/** The route lives in the URL hash (a reload comes back to it); the app state follows the hash. */
function followHash(app: AppStore): (route: Route) => void {
  window.addEventListener('hashchange', () => app.update({ route: parseHash(location.hash), dialog: null }));
  return (route) => {
    location.hash = routeHash(route);
  };
}

/** Every service, created once for the lifetime of the page; `start()` loads what they read at start. */
export function createServices(db: GloseDb, platform: PlatformApi, isMac: boolean): Services & { start(): Promise<void> } {
  const app = new AppStore(initialState(parseHash(location.hash)));
  const registry = createRegistry();
  const navigate = followHash(app);
  const documents = new DocumentController(db, app);
  const activity = new ActivityService(app, (key, ms) => addActiveTime(db, key, ms));
  const flushed = () => Promise.all([documents.flushed(), activity.flush()]).then(() => undefined);
  const sync = new SyncService(db, app, {
    onSignedIn: (name) => services.settings.setAnnotator(name),
    onSchemas: (schemas) => adoptProjectSchema(services.schemas, app, schemas),
  });
  const services: Services & { start(): Promise<void> } = {
    isMac,
    platform,
    app,
    registry,
    documents,
    corpus: new CorpusService(db, platform, app, flushed),
    imports: new ImportService(db, platform, app),
    backups: new BackupService(db, platform, app, flushed, async () => {
      await services.schemas.load();
      await services.settings.load();
      await services.corpusList.load();
    }),
    crossDocument: new CrossDocumentService(db, app, documents),
    corpusList: new CorpusListService(db, app),
    activity,
    schemas: new SchemaService(db, platform, app),
    settings: new SettingsService(db, app, registry, platform),
    preannotation: new PreannotationService(db, app, documents, navigate),
    review: new ReviewService(db, app, platform, navigate, documents),
    sync,
    team: new TeamService(db, app, sync),
    navigate,
    notify: (notice) => app.update({ notice }),
    showDialog: (dialog) => app.update({ dialog }),
    run: (id, args) => registry.run(id, app.get(), services, args),
    enabled: (id, args) => registry.enabled(id, app.get(), services, args),
    async start() {
      await ensureSeeded(db, seedDocuments);
      await services.schemas.load();
      await services.settings.load();
      await services.corpusList.load();
      await services.review.load();
      await services.sync.load();
    },
  };
  platform.onMenuCommand((id) => services.run(id));
  let theme: ThemeChoice | null = null;
  app.subscribe(() => {
    if (app.get().theme !== theme) applyTheme((theme = app.get().theme));
  });
  applyTheme('system');
  return services;
}
