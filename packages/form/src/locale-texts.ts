import { loadLocale, type Catalogue, type Locale } from '@fazhi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { locale: Locale };

/** A failed download is tried again on an update at least this long after it failed. */
const RETRY_MS = 5000;

/**
 * Fetches the texts of an element's `locale` when it changes (`loadLocale`: English is not in the
 * drop-in) and calls `arrived`, by default a re-render, as each part of them comes; meanwhile
 * `translate` falls back to zh-CN. Its `lang` says which language it is showing, for screen
 * readers: `locale` once every one of its `catalogues` has it, zh-CN until then.
 * A failed download is tried again by a later update, a reconnect or the next change of `locale`.
 */
export class LocaleTexts implements ReactiveController {
  /** Settles once the texts of the locale last asked for are here (or failed); elements fold it into `updateComplete`. */
  ready: Promise<void> = Promise.resolve();
  /** The locale whose texts are shown: `locale` once its catalogues have it, zh-CN until then. */
  shown: Locale = 'zh-CN';
  private asked: Locale = 'zh-CN';
  private failedAt?: number;
  private queued = false;

  constructor(
    private readonly host: Host,
    private readonly arrived: () => void = () => host.requestUpdate(),
    /** The element's own catalogues (read when texts arrive, so a subclass may add to them). */
    private readonly catalogues: () => readonly Catalogue<string>[] = () => [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.showLang();
    if (this.failedAt === undefined) return;
    this.failedAt = 0; // back in the page: try again now
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { locale } = this.host;
    const retry = this.failedAt !== undefined && Date.now() - this.failedAt >= RETRY_MS;
    if (locale === this.asked && !retry) return;
    this.asked = locale;
    this.failedAt = undefined;
    if (locale !== this.shown) this.show('zh-CN');
    // zh-CN is built in: the update under way already shows it.
    if (locale === 'zh-CN') {
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadLocale(locale, () => this.arrive(locale)).then((all) => {
      if (!all && this.asked === locale) this.failedAt = Date.now();
    });
  }

  /** Parts that arrive together cause one `arrived`, not one each. */
  private arrive(locale: Locale): void {
    if (this.asked !== locale || this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.asked !== locale) return;
      if (this.catalogues().every((c) => c[locale])) this.show(locale);
      this.arrived();
    });
  }

  private show(locale: Locale): void {
    this.shown = locale;
    this.showLang();
  }

  private showLang(): void {
    if (this.host.lang !== this.shown) this.host.lang = this.shown;
  }
}
