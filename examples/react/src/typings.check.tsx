// Type tests for the generated JSX typings (`tsc -p examples/react`): every element marked as
// expecting an error must fail to type-check, and the others must pass.
import type {} from '@fazhi/form/react';
import type {} from '@fazhi/legal-aid/react';
import type {} from '@fazhi/power-list/react';
import type {} from '@fazhi/enforcement-notice/react';
import type {} from '@fazhi/village-rules/react';

export const right = (
  <>
    <fz-form schema-src="/schemas/a.json" locale="en" care-mode onfz-step={(event) => event.detail.index + 1} />
    <fz-legal-aid-form autosave="local" onfz-invalid={(event) => event.detail.errors.map((e) => e.pointer)} />
    <fz-power-list page-size={50} items={[]} mode="server" />
    <fz-enforcement-notice view="decisions" onfz-detail-open={(event) => event.detail.docNo.trim()} />
    <fz-village-rule-review record-src="/api/village-rules/records/latest" onfz-auth-required={(event) => event.detail.status} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error care-mode is a boolean */}
    <fz-form care-mode="yes" />
    {/* @ts-expect-error locale is zh-CN or en */}
    <fz-legal-aid-form locale="fr" />
    {/* @ts-expect-error the fz-submitted detail has receiptNo, not receiptNumber */}
    <fz-form onfz-submitted={(event) => event.detail.receiptNumber} />
    {/* @ts-expect-error requestInit is a RequestInit */}
    <fz-form requestInit="include" />
    {/* @ts-expect-error no such element */}
    <fz-from />
    {/* @ts-expect-error mode is client or server */}
    <fz-power-list mode="browser" />
    {/* @ts-expect-error view is one of the four lists */}
    <fz-enforcement-notice view="people" />
  </>
);
