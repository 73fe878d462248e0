import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testHostRule } from '../../host/testing.js';
import rule from './rule.js';

const example = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');

testHostRule(rule, {
  pass: [
    { name: 'docker info reports rootless mode', host: example('good.host.yaml') },
    { name: 'dockerd started with --rootless', host: 'dockerd: [dockerd, --rootless]\n' },
  ],
  fail: [],
  manual: [
    { name: 'a root daemon', host: example('bad.host.yaml'), reason: /runs as root/ },
    { name: 'a root daemon by its command line', host: 'dockerd: [dockerd, -H, fd://]\n', reason: /runs as root/ },
  ],
});
