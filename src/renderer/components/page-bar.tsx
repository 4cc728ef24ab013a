/** Previous and next page of a very long article. */
export function PageBar(props: { index: number; count: number; onPage: (i: number) => void }) {
  return (
    <nav className="page-bar" aria-label="Pages">
      <button className="small" disabled={props.index === 0} onClick={() => props.onPage(props.index - 1)}>
        ‹ Previous page
      </button>
      <span className="muted">
        Page {props.index + 1} of {props.count}
      </span>
      <button className="small" disabled={props.index === props.count - 1} onClick={() => props.onPage(props.index + 1)}>
        Next page ›
      </button>
    </nav>
  );
}
