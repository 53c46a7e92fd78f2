/**
 * One 权责清单 item as the element reads it (see schemas/power-list-item.schema.json).
 * Everything but code and name is optional here: public data is often incomplete, and a missing
 * part is left out of the detail rather than breaking the list.
 */
export interface PowerListItem {
  code: string;
  name: string;
  category?: string;
  subItems?: { code?: string; name: string }[];
  basis?: LegalBasis[];
  agency?: string;
  unit?: string;
  level?: string[];
  agencyUscc?: string;
  entrustedToTownship?: boolean;
  responsibilities?: ({ stage?: string; text: string } | string)[];
  accountability?: ({ text: string; basis?: string } | string)[];
  supervisionPhone?: string;
  contactPhone?: string;
  steps?: ProcessStep[];
  riskPoints?: string[];
  status?: string;
  updatedAt?: string;
  remarks?: string;
  [key: string]: unknown;
}

export interface LegalBasis {
  lawName: string;
  article?: string;
  text?: string;
  /** Not in the built-in schema (a county overlay may add it): shown as a link only when it is http(s). */
  url?: string;
}

export interface ProcessStep {
  title: string;
  description?: string;
  /** 时限, e.g. "5 个工作日". */
  timeLimit?: string;
}

/**
 * A table column, as `x-fz-column` describes it: which field, its header (default: the field's
 * usual name), whether its header sorts, whether it gets a filter (`tabs` = the category chips,
 * `select` = a drop-down), and a width (`10em`, `20%`).
 */
export interface PowerListColumn {
  key: string;
  label?: string;
  sortable?: boolean;
  filter?: 'tabs' | 'select';
  width?: string;
}

/** Display labels of coded values, per field: `{ category: { service: '公共服务事项' } }`. */
export type ValueLabels = Record<string, Record<string, string>>;
