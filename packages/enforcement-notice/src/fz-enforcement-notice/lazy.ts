import type { Locale } from '@fazhi/core';
import { addCodeLabels } from './labels.js';
import { noticeMessages } from './messages.js';

/**
 * The parts of the element that the first screen (the decisions table) does not need, with their
 * texts: loaded with `import()` the first time one is shown, once for every element on the page.
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
    (module) => {
      Object.assign(noticeMessages['zh-CN'], module.zhExtraMessages);
      return (extras = module);
    },
    (error: unknown) => {
      // A failed download may succeed on the next try.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Makes a locale's texts (and code titles) available; zh-CN always is. */
export async function loadNoticeLocale(locale: Locale): Promise<void> {
  if (locale === 'zh-CN' || noticeMessages[locale]) return;
  const module = await loadExtras();
  noticeMessages.en = module.enMessages;
  addCodeLabels('en', module.enCodeLabels);
}
