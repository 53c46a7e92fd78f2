/**
 * The masking of free text (core's `maskFreeText`, a few KB) and the server export load with
 * `import()` while the list's data downloads, once for every element on the page; no row is shown
 * before they are here.
 */
type Parts = typeof import('./on-demand.js');

let parts: Parts | undefined;
let loading: Promise<Parts> | undefined;

export function partsIfLoaded(): Parts | undefined {
  return parts;
}

export function loadParts(): Promise<Parts> {
  loading ??= import('./on-demand.js').then(
    (module) => (parts = module),
    (error: unknown) => {
      // A failed download may succeed on the next try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
