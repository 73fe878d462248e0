/**
 * Text from the model as one line: control characters (newlines, tabs, NUL...) become spaces, so that no name can
 * break out of a label line in any notation.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** Escapes text for XML/HTML content and attribute values (SVG, and Graphviz HTML-like labels). */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Escapes text for a Graphviz HTML-like label. Graphviz expands `\N`, `\G`, `\E`... in labels after decoding
 * entities, even in HTML-like labels, so a backslash is doubled as well (`\\` is the escape that yields one).
 */
export function dotHtmlEscape(text: string): string {
  return xmlEscape(text).replace(/\\/g, '\\\\');
}

/**
 * Escapes text for a quoted Mermaid label. Mermaid decodes `#name;` / `#123;` entities in labels, so `#` itself and
 * every character that could end the label, start a comment (`%%`) or be read as markup or Markdown are written as
 * numeric entities.
 */
export function mermaidEscape(text: string): string {
  return oneLine(text).replace(/[#"&<>|`%]/g, (ch) => `#${ch.codePointAt(0)};`);
}

/** Breaks text at spaces into lines of at most `width` characters (longer words stay whole). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w.length > 0)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
