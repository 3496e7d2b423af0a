/**
 * The five Microsoft Docs alert types, listed once.
 *
 * In:  a keyword from Markdown (`> [!IMPORTANT]`) or MDX (`<Callout type="important">`).
 * Out: the Callout type it names, or undefined.
 *
 * Plain TypeScript without React, so the alerts remark plugin can share the
 * list with the component (the way Starlight shares its aside variants).
 */
export const CALLOUT_TYPES = ['note', 'tip', 'important', 'caution', 'warning'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];

export function isCalloutType(value: unknown): value is CalloutType {
  return typeof value === 'string' && (CALLOUT_TYPES as readonly string[]).includes(value);
}

/** `NOTE`, `Note`, `note` -> `note`; anything else -> undefined. */
export function calloutTypeFromKeyword(keyword: string): CalloutType | undefined {
  const type = keyword.trim().toLowerCase();
  return isCalloutType(type) ? type : undefined;
}
