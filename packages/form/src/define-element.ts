/** What `window.fazhi` holds: the version of fazhi-kit that registered each tag. */
export interface FazhiGlobal {
  versions: Record<string, string>;
}

declare global {
  interface Window {
    fazhi?: FazhiGlobal;
  }
}

/**
 * Registers a custom element unless the tag is already taken. A portal page may load two copies
 * of the kit (an old drop-in in the page template, a newer one in an article); the first one
 * loaded keeps the tag, because redefining throws and would stop the second script halfway.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, version: string): void {
  const fazhi = (window.fazhi ??= { versions: {} });
  fazhi.versions ??= {};
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      const first = fazhi.versions[tag] ?? '未知版本';
      console.warn(
        `[fazhi-kit] <${tag}> 已由版本 ${first} 注册，本次加载的版本 ${version} 未生效。` +
          `请在页面上只引入一份 fazhi-kit。 (<${tag}> is already defined by version ${first}; ` +
          `version ${version} was ignored.)`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
  fazhi.versions[tag] = version;
}
