import type { StrideCategory } from '../core/stride.js';

/**
 * A control: something that mitigates threats. Benchmark controls carry their benchmark, its version and the
 * section id (always a quoted string: "5.10" is not "5.1"); design mitigations are our own.
 */
export interface Control {
  /** `cis-docker-1.6.0:5.5`, `cis-kubernetes-1.12.0:4.2.1` or `design:tls`. */
  id: string;
  title: string;
  description?: string;
  benchmark?: {
    name: 'cis-docker' | 'cis-kubernetes';
    version: string;
    section: string;
    /** CIS profile level. */
    level: 1 | 2;
    assessment: 'automated' | 'manual';
  };
  stride: readonly StrideCategory[];
  /** Component techs (or tech families) the control protects. */
  techs: readonly string[];
  remediation: string;
  /** Audit rules that verify the control on real artifacts; empty when none does yet. */
  rules: readonly string[];
  references?: readonly string[];
}

export type BenchmarkControlInput = Omit<Control, 'id' | 'benchmark' | 'rules'> & {
  section: string;
  level: 1 | 2;
  assessment: 'automated' | 'manual';
  rules?: readonly string[];
};

export function benchmarkControls(
  name: 'cis-docker' | 'cis-kubernetes',
  version: string,
  inputs: readonly BenchmarkControlInput[],
): Control[] {
  return inputs.map(({ section, level, assessment, rules, ...rest }) => ({
    ...rest,
    id: `${name}-${version}:${section}`,
    benchmark: { name, version, section, level, assessment },
    rules: rules ?? [],
  }));
}
