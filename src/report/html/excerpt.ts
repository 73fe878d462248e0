import type { Location } from '../../core/location.js';
import { redact } from '../../core/redact.js';
import { type Html, html } from './escape.js';

const MAX_LINE = 240;
const PEM_BEGIN = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const PEM_END = /-----END [A-Z ]*PRIVATE KEY-----/;

/**
 * The file's lines as they may be shown: each line redacted, and every line inside a private key block masked whole
 * (line by line, `redact` would only see the block's first line).
 */
export function shownLines(text: string, last: number): string[] {
  const lines = text.split(/\r\n|\r|\n/).slice(0, last);
  let inKey = false;
  return lines.map((line) => {
    if (inKey) {
      if (!PEM_END.test(line)) return '****';
      inKey = false;
      return line.replace(/^[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----)/, '**** $1');
    }
    if (PEM_BEGIN.test(line) && !PEM_END.test(line)) {
      inKey = true;
      return line.replace(/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*$/, '-----BEGIN PRIVATE KEY----- ****');
    }
    return redact(line);
  });
}

export type SourceReader = (uri: string) => string | undefined;

/** Reads each uri once per rendering: many threats share the same evidence. */
export function cachedReader(read: SourceReader | undefined): SourceReader {
  const cache = new Map<string, string | undefined>();
  return (uri) => {
    if (!read) return undefined;
    if (!cache.has(uri)) cache.set(uri, read(uri));
    return cache.get(uri);
  };
}

/** Up to three lines around a location: the line before, the first line of the span, the line after. */
export function renderExcerpt(location: Location, read: SourceReader): Html | undefined {
  const text = read(location.uri);
  if (text === undefined) return undefined;
  const first = Math.max(1, location.startLine - 1);
  const last = location.startLine + 1;
  const lines = shownLines(text, last);
  if (location.startLine > lines.length) return undefined;
  const rows: Html[] = [];
  for (let n = first; n <= Math.min(last, lines.length); n++) {
    const line = lines[n - 1] as string;
    const shown = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
    const hit = n >= location.startLine && n <= location.endLine;
    rows.push(html`<span${hit ? html` class="hit"` : ''}><i>${n}</i>${shown}</span>`);
  }
  return html`<pre class="excerpt">${rows}</pre>`;
}
