import { loadLocale, type Locale } from '@fazhi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { locale: Locale };

/**
 * Fetches the texts of an element's `locale` when it changes (`loadLocale`: English is not in the
 * drop-in) and calls `arrived` once they are here, by default a re-render; until then the element
 * speaks zh-CN. A failed download leaves it in zh-CN; the next change of `locale` tries again.
 */
export class LocaleTexts implements ReactiveController {
  /** Settles once the texts of the locale last seen are here (or failed); elements fold it into `updateComplete`. */
  ready: Promise<void> = Promise.resolve();
  private locale: Locale = 'zh-CN';

  constructor(
    private readonly host: Host,
    private readonly arrived: () => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { locale } = this.host;
    if (locale === this.locale) return;
    this.locale = locale;
    // zh-CN is built in: the update under way already shows it.
    if (locale === 'zh-CN') {
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadLocale(locale).then(
      () => {
        if (this.host.locale === locale) this.arrived();
      },
      () => undefined,
    );
  }
}
