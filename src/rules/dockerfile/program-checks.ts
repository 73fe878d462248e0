/** A rule's per-program checks, matched by name (`curl`) or by a test (`pip3.12`, `python3`…). */
export type ProgramMatcher = readonly string[] | ((name: string) => boolean);

export interface ProgramChecks<C> {
  /** The checks that apply to a program name; empty when none does. */
  checksFor(name: string): readonly C[];
  /** The filter for `commandsNamed`: the set of names when every entry names its programs (a faster lookup). */
  accept: ReadonlySet<string> | ((name: string) => boolean);
}

/** Indexes `[names or test, check]` entries once, so a rule looks only at the commands it cares about. */
export function programChecks<C>(entries: readonly (readonly [ProgramMatcher, C])[]): ProgramChecks<C> {
  const byName = new Map<string, C[]>();
  const byTest: [test: (name: string) => boolean, checks: C[]][] = [];
  for (const [names, check] of entries) {
    if (typeof names === 'function') byTest.push([names, [check]]);
    else for (const name of names) byName.set(name, [...(byName.get(name) ?? []), check]);
  }
  const none: readonly C[] = [];
  const checksFor = (name: string): readonly C[] => {
    const fixed = byName.get(name);
    if (fixed) return fixed;
    for (const [test, checks] of byTest) if (test(name)) return checks;
    return none;
  };
  const accept = byTest.length === 0 ? new Set(byName.keys()) : (name: string) => checksFor(name).length > 0;
  return { checksFor, accept };
}
