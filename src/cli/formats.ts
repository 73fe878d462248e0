/** The report formats of `threats`, `audit` and `check`. Kept apart so that naming them loads no renderer. */
export const FORMATS = ['table', 'json', 'sarif', 'junit', 'md', 'html'] as const;
export type Format = (typeof FORMATS)[number];
