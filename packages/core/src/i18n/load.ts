import type { Locale } from '../types.js';

/** Fetches some catalogues' texts for one locale, usually `() => import('./messages.en.js')`. */
export type LocaleLoader = () => Promise<unknown>;

const loaders = new Map<Locale, LocaleLoader[]>();
const runs = new Map<LocaleLoader, Promise<void>>();

/**
 * Registers how to fetch a locale's texts for the catalogues a module owns. Called when that module
 * is evaluated, so a drop-in registers only the catalogues it ships; the loaded module fills
 * `catalogue.en` (or another locale) when it is evaluated. zh-CN is always built in.
 */
export function onLocale(locale: Exclude<Locale, 'zh-CN'>, loader: LocaleLoader): void {
  const list = loaders.get(locale) ?? [];
  if (!list.includes(loader)) list.push(loader);
  loaders.set(locale, list);
}

/**
 * Runs every loader registered for `locale`, each once: later calls share the same downloads and
 * run only loaders registered since (another drop-in on the page) or that failed. `arrived` is
 * called as each one's texts are here, so one slow or failed download holds back no other; the
 * promise settles when all have, true if every one arrived. zh-CN, or a locale nobody registered,
 * resolves at once; `translate` falls back to zh-CN key by key meanwhile.
 */
export function loadLocale(locale: Locale, arrived?: () => void): Promise<boolean> {
  const all = (loaders.get(locale) ?? []).map((loader) =>
    run(loader).then(
      () => (arrived?.(), true),
      () => false,
    ),
  );
  return Promise.all(all).then((done) => !done.includes(false));
}

function run(loader: LocaleLoader): Promise<void> {
  let running = runs.get(loader);
  if (!running) {
    running = loader().then(
      () => undefined,
      (error: unknown) => {
        runs.delete(loader);
        throw error;
      },
    );
    runs.set(loader, running);
  }
  return running;
}
