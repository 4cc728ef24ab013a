/**
 * Resolves once the browser has painted the next frame: work that the screen does not wait for (storing
 * a step) starts after the frame that shows the step. Where no frame comes (a hidden tab) it resolves
 * after 100 ms all the same; outside a browser (tests in Node) at once.
 */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
