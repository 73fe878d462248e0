import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCKER_BENCH_TO_CIS, dockerBenchRows, renderDockerBenchParity } from './parity.js';

describe('docs/docker-bench-parity.md', () => {
  it('is the table the catalogue and the rules give (npx tsx scripts/gen-parity.ts)', () => {
    const file = join(import.meta.dirname, '..', '..', '..', 'docs', 'docker-bench-parity.md');
    expect(readFileSync(file, 'utf8')).toBe(renderDockerBenchParity());
  });

  it("lists docker-bench's 86 automated checks of sections 1 to 5 by its own ids", () => {
    const automated = dockerBenchRows().filter((r) => r.control.benchmark?.assessment === 'automated');
    const count = (n: number) => automated.filter((r) => r.dockerBench.startsWith(`${n}.`)).length;
    expect([1, 2, 3, 4, 5].map(count)).toEqual([18, 15, 24, 3, 26]);
    expect(dockerBenchRows().find((r) => r.dockerBench === '3.22')?.control.benchmark?.section).toBe('3.20');
    expect(Object.values(DOCKER_BENCH_TO_CIS).sort()).toEqual(Object.keys(DOCKER_BENCH_TO_CIS).sort());
  });

  it('has a stridebench check with the same CIS id for every automated check of sections 1 to 3', () => {
    const missing = dockerBenchRows()
      .filter((r) => r.control.benchmark?.assessment === 'automated' && /^[123]\./.test(r.dockerBench))
      .filter((r) => r.rules.length === 0)
      .map((r) => r.dockerBench);
    expect(missing).toEqual([]);
  });

  it("aliases each daemon and host rule to docker-bench's id for the same check", () => {
    for (const r of dockerBenchRows())
      for (const rule of r.rules.filter((x) => x.source === 'daemon' || x.source === 'host'))
        expect(rule.meta.aliases['docker-bench'], rule.id).toEqual([r.dockerBench]);
  });
});
