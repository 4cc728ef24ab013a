import type { PlatformApi } from '../../shared/platform';
import type { CommandRegistry } from '../commands/registry';
import type { ActivityService } from './activity-service';
import type { BackupService } from './backup-service';
import type { AppStore, Dialog } from './app-store';
import type { CorpusListService } from './corpus-list-service';
import type { CorpusService } from './corpus-service';
import type { CrossDocumentService } from './cross-document';
import type { DocumentController } from './document-controller';
import type { ImportService } from './import-service';
import type { PreannotationService } from './preannotation-service';
import type { ReviewService } from './review-service';
import type { Route } from './route';
import type { SchemaService } from './schema-service';
import type { SettingsService } from './settings-service';
import type { SyncService } from './sync-service';
import type { TeamService } from './team-service';

/**
 * What commands and screens may use, created once at start (services/create-services.ts). Components
 * never reach the database: they read the app state and call these.
 */
export interface Services {
  readonly isMac: boolean;
  readonly platform: PlatformApi;
  readonly app: AppStore;
  readonly registry: CommandRegistry;
  readonly documents: DocumentController;
  readonly corpus: CorpusService;
  readonly backups: BackupService;
  readonly imports: ImportService;
  readonly crossDocument: CrossDocumentService;
  readonly corpusList: CorpusListService;
  readonly activity: ActivityService;
  readonly schemas: SchemaService;
  readonly settings: SettingsService;
  readonly preannotation: PreannotationService;
  readonly review: ReviewService;
  readonly sync: SyncService;
  readonly team: TeamService;
  navigate(route: Route): void;
  notify(text: string): void;
  showDialog(dialog: Dialog | null): void;
  /** Runs a command with the current state (buttons, menus, palette, keys); returns whether it ran. */
  run(id: string, args?: unknown): boolean;
  /** Whether the command would run now. */
  enabled(id: string, args?: unknown): boolean;
}
