/**
 * `JSON.stringify(value, null, 2)` plus a newline, in pieces: objects and arrays down to `depth` are written member by
 * member, deeper values whole. The bytes are the same as the one-string form, but no string ever holds the whole
 * report: a 10,000-file audit renders ~200 MB of JSON, which as one string (and its copy into a write buffer) took
 * a gigabyte.
 */
export function* jsonChunks(value: unknown, depth: number): Generator<string> {
  yield* member(value, depth, '');
  yield '\n';
}

function* member(value: unknown, depth: number, indent: string): Generator<string> {
  const plain =
    value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (depth <= 0 || !plain) {
    // Raw newlines only separate members: JSON.stringify escapes them inside strings.
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      // As JSON.stringify: undefined, functions and symbols in an array are written as null.
      const v = value[i];
      yield* member(v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i] as [string, unknown];
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(k)}: `;
    yield* member(v, depth - 1, inner);
  }
  yield `\n${indent}}`;
}

/** Joins small pieces into writes of about `size` characters. */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const c of chunks) {
    buffer += c;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}
