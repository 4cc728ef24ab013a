import { createContext, useContext, useSyncExternalStore } from 'react';
import { keysOf } from '../commands/bindings';
import { formatKey } from '../commands/keys';
import type { AppState } from '../services/app-store';
import type { Services } from '../services/services';

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}

/** The app state, rendering again on every change. */
export function useAppState(): AppState {
  const { app } = useServices();
  return useSyncExternalStore(app.subscribe, app.get);
}

/** A command as a button needs it: whether it applies now, its title with its key, and the action. */
export function useCommand(id: string, args?: unknown) {
  const services = useServices();
  const state = useAppState();
  const key = keysOf(state.bindings, id, args)[0];
  const title = services.registry.title(id, args);
  return {
    enabled: services.registry.enabled(id, state, services, args),
    title,
    hint: key ? `${title} (${formatKey(key, services.isMac)})` : title,
    run: () => services.run(id, args),
  };
}
