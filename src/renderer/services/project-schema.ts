import { schemaRef } from '../../shared/schema';
import type { ProjectSchemas } from '../../shared/sync/protocol';
import type { AppStore } from './app-store';
import type { SchemaService } from './schema-service';

/**
 * The team's schema is the project's (only its lead changes it, on the server): when a pull brings
 * an active version this app does not use, it becomes the active one here, older versions included
 * in the library so that earlier annotations stay readable.
 */
export async function adoptProjectSchema(schemas: SchemaService, app: AppStore, project: ProjectSchemas): Promise<void> {
  const { active, library } = app.get().schemas;
  if (schemaRef(active) === schemaRef(project.active)) return;
  for (const version of project.versions) {
    if (!library.some((s) => schemaRef(s) === schemaRef(version))) await schemas.activate(version, '');
  }
  await schemas.activate(project.active, `The project's schema ${schemaRef(project.active)} is now the active one.`);
}
