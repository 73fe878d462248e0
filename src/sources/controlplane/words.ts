import type { Range } from '../../core/location.js';

/** A word of a command line, after quote removal, with the offsets of the word as written (quotes included). */
export interface Word {
  text: string;
  range: Range;
}

/**
 * Splits a command line into words the way a POSIX shell does for a simple command: blanks separate words, single
 * and double quotes group, a backslash escapes the next character and a backslash-newline continues the line.
 * Reading stops at the first control operator (`;`, `&`, `|`, a newline) outside quotes, so
 * `kube-apiserver --a=b && echo done` gives the apiserver's words only. Nothing is expanded: `$VAR` stays as written.
 * Offsets are relative to `text` plus `base`.
 */
export function splitWords(text: string, base = 0): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n' || c === ';' || c === '&' || c === '|' || c === '#') break;
    const start = i;
    let end = -1;
    let value = '';
    while (i < text.length) {
      const ch = text[i] as string;
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === ';' || ch === '&' || ch === '|') break;
      if (ch === '\\') {
        if (text[i + 1] === '\n') {
          end = i;
          i += 2;
          break;
        }
        value += text[i + 1] ?? '';
        i += 2;
      } else if (ch === "'") {
        const q = text.indexOf("'", i + 1);
        const close = q < 0 ? text.length : q;
        value += text.slice(i + 1, close);
        i = close + 1;
      } else if (ch === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) {
            if (text[i + 1] !== '\n') value += text[i + 1];
            i += 2;
          } else {
            value += text[i];
            i++;
          }
        }
        i++;
      } else {
        value += ch;
        i++;
      }
    }
    words.push({ text: value, range: [base + start, base + (end < 0 ? Math.min(i, text.length) : end)] });
  }
  return words;
}
