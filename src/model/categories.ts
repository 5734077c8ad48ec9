/**
 * The closed vocabulary of measure categories. The order is the order of the filters, the
 * legend and the CSV; `data/categories.json` must list exactly these ids (the data check
 * enforces it), so adding a category is a change to code and data together.
 */
export const CATEGORIES = [
  'port_ban',
  'remittance_limit',
  'labor_restriction',
  'entry_ban',
  'trade_ban',
  'financial',
  'diplomatic',
  'joint_project_closure',
  'vessel_deregistration',
  'cooperation_suspension',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

const categorySet: ReadonlySet<string> = new Set(CATEGORIES);

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && categorySet.has(value);
}

/** Categories in canonical order, without duplicates: the one form filters are kept in. */
export function normalizeCategories(values: Iterable<Category>): Category[] {
  const chosen = new Set(values);
  return CATEGORIES.filter((c) => chosen.has(c));
}
