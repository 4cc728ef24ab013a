import type { ReactNode } from 'react';
import { useCommand } from '../hooks/use-services';

/** A button that runs a command through the registry, disabled when it would not apply, titled with its key. */
export function CommandButton(props: { id: string; args?: unknown; children?: ReactNode; className?: string }) {
  const c = useCommand(props.id, props.args);
  return (
    <button className={props.className} data-command={props.id} disabled={!c.enabled} title={c.hint} onClick={c.run}>
      {props.children ?? c.title}
    </button>
  );
}
