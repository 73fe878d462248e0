/**
 * HTML built only through the `html` tag: every interpolated string is escaped, and markup passes through only as
 * an `Html` value. Trusted markup that the tag did not build (our own CSS, script and diagram) enters through
 * `trusted`, which is used in one place per kind and never with text from a model or an artifact.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlPart = string | number | Html | undefined | null | false | readonly HtmlPart[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

function part(value: HtmlPart): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(part).join('');
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlPart[]): Html {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) out += part(values[i] as HtmlPart) + (strings[i + 1] as string);
  return new Html(out);
}

/** Markup produced by stridebench itself (the page's own CSS and script, the diagram renderer's SVG). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

export function join(parts: readonly HtmlPart[], separator: HtmlPart = ''): Html {
  const sep = part(separator);
  return new Html(
    parts
      .map(part)
      .filter((p) => p !== '')
      .join(sep),
  );
}
