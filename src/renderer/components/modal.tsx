import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog: focus moves into it, Escape closes it when it can be closed. */
export function Modal(props: { title: string; onClose?: () => void; children: ReactNode; wide?: boolean; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, textarea, button:not([data-close])');
    (first ?? ref.current)?.focus();
    // On the window, not the dialog: Escape must work wherever the focus is.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && onClose.current) {
        e.preventDefault();
        onClose.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="backdrop">
      <div
        ref={ref}
        tabIndex={-1}
        className={props.wide ? 'modal wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
      >
        <header className="modal-head">
          <h2>{props.title}</h2>
          {props.onClose && (
            <button className="icon" data-close aria-label="Close dialog" onClick={props.onClose}>
              ×
            </button>
          )}
        </header>
        {props.children}
      </div>
    </div>
  );
}
