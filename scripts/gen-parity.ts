// Regenerates docs/docker-bench-parity.md from the CIS Docker catalogue and the audit rules.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDockerBenchParity } from '../src/rules/daemon/parity.js';

const target = join(import.meta.dirname, '..', 'docs', 'docker-bench-parity.md');
writeFileSync(target, renderDockerBenchParity());
console.log(`wrote ${target}`);
