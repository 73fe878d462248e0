/** A span in an input file: 1-based lines, 1-based columns counted in UTF-16 code units. */
export interface Location {
  uri: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Offsets as parsers keep them: [start, end) in UTF-16 code units of the source text. */
export type Range = readonly [start: number, end: number];

/**
 * Turns offsets into line/column positions. This is the one place where positions change representation;
 * parsers keep offsets and rules report nodes.
 */
export class LineIndex {
  readonly #lineStarts: number[];

  constructor(
    readonly uri: string,
    text: string,
  ) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // The common case, without a carriage return: indexOf scans far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
  }

  location(range: Range): Location {
    const start = this.position(range[0]);
    const end = this.position(Math.max(range[0], range[1]));
    return {
      uri: this.uri,
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  }
}

export function formatLocation(loc: Location | undefined): string {
  if (!loc) return '';
  return `${loc.uri}:${loc.startLine}:${loc.startColumn}`;
}

/** An input's text with its line index, built on first use. */
export class SourceFile {
  #lines: LineIndex | undefined;

  constructor(
    readonly uri: string,
    readonly text: string,
  ) {}

  location(range: Range): Location {
    this.#lines ??= new LineIndex(this.uri, this.text);
    return this.#lines.location(range);
  }
}

/** A node of a parsed input: which file, and where in it. Rules report these; only the runner makes positions. */
export interface SourceNode {
  file: SourceFile;
  range: Range;
}
