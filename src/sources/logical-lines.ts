/**
 * Lines of a systemd unit, environment file or shell options file joined at a trailing backslash, each with the
 * offset it starts at (for positions).
 */
export function logicalLines(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let offset = 0;
  let current: { line: string; start: number } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (current) current.line += `\n${line}`;
    else current = { line, start: offset };
    offset += raw.length + 1;
    if (!line.endsWith('\\')) {
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}
