/**
 * The parts of the element that the first screen (the decisions table) does not need, with their
 * zh-CN texts: loaded with `import()` the first time one is shown, once for every element on the page.
 */
type Extras = typeof import('./extras.js');

let extras: Extras | undefined;
let loading: Promise<Extras> | undefined;

/** The extras if they are here already. */
export function extrasIfLoaded(): Extras | undefined {
  return extras;
}

export function loadExtras(): Promise<Extras> {
  loading ??= import('./extras.js').then(
    (module) => (extras = module),
    (error: unknown) => {
      // A failed download may succeed on the next try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

