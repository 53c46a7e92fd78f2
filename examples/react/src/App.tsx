import '@fazhi/form/define'; // registers <fz-form>
import type {} from '@fazhi/form/react'; // <fz-form> in JSX: its attributes, properties and onfz-… events
import type { FzForm } from '@fazhi/form';
import { useState } from 'react';
import consultation from '../../consultation.schema.json';

// Properties are set whenever their value changes: keep objects stable (module constants, state,
// useMemo), or every render would hand the form a "new" schema and answers.
const schema: FzForm['schema'] = consultation;
/** What the portal already knows about the signed-in citizen. */
const known = { name: '张三', phone: '13900139000' };
/** Fetch options for the POST: a CSRF header would go here too. */
const requestInit: RequestInit = { credentials: 'same-origin' };

export function App() {
  const [careMode, setCareMode] = useState(false);
  const [receiptNo, setReceiptNo] = useState<string>();
  return (
    <main>
      <h1>法律咨询预约</h1>
      <label>
        <input type="checkbox" checked={careMode} onChange={(event) => setCareMode(event.target.checked)} /> 关怀模式
      </label>
      <fz-form
        action="/api/forms/consultation"
        autosave="off"
        care-mode={careMode}
        schema={schema}
        data={known}
        requestInit={requestInit}
        onfz-submitted={(event) => setReceiptNo(event.detail.receiptNo)}
      >
        <p>预约表正在加载。也可以拨打 12348 公共法律服务热线预约。</p>
      </fz-form>
      {receiptNo ? <p role="status">预约已受理，受理编号：{receiptNo}</p> : null}
    </main>
  );
}
