import { deepLinkKey as keyOf } from '@fazhi/form';

/* The power list's deep links: `#fz-<element id>=<code>` (`#fz-power-list=…` without an id); see @fazhi/form. */

export { deepLinkHref, readDeepLink } from '@fazhi/form';

export function deepLinkKey(elementId: string | null | undefined): string {
  return keyOf(elementId, 'power-list');
}
