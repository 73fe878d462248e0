import { describe, expect, it } from 'vitest';
import { STRIDE_CATEGORIES } from '../core/stride.js';
import { isKnownTech } from '../model/techs.js';
import { CIS_DOCKER_1_6_0 } from './cis-docker-1.6.0.js';
import { CIS_KUBERNETES_1_12_0 } from './cis-kubernetes-1.12.0.js';
import type { Control } from './control.js';
import { CONTROLS, findControl } from './index.js';

/** `seq('5', 3)` is ['5.1', '5.2', '5.3']: one subsection numbered without gaps. */
const seq = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);

/** Every CIS Docker Benchmark v1.6.0 section, in order (docker-bench-security v1.6.x check ids). */
const DOCKER_SECTIONS = [
  ...seq('1.1', 18),
  ...seq('1.2', 2),
  ...seq('2', 18),
  ...seq('3', 24),
  ...seq('4', 12),
  ...seq('5', 32),
  ...seq('6', 2),
  ...seq('7', 9),
];

const DOCKER_MANUAL = [
  '1.2.1',
  '1.2.2',
  '2.1',
  '2.8',
  '2.17',
  '4.2',
  '4.3',
  '4.4',
  '4.7',
  '4.8',
  '4.9',
  '4.10',
  '4.11',
  '4.12',
  '5.9',
  '5.18',
  '5.19',
  '5.24',
  '5.28',
  '5.30',
  '6.1',
  '6.2',
  '7.4',
  '7.6',
  '7.7',
  '7.8',
  '7.9',
];

const DOCKER_LEVEL_2 = [
  ...seq('1.1', 18).slice(6),
  '2.9',
  '2.10',
  '2.11',
  '2.12',
  '2.13',
  '2.17',
  '3.17',
  '3.18',
  '3.19',
  '3.20',
  '3.21',
  '3.22',
  '4.5',
  '4.8',
  '4.11',
  '5.3',
  '5.23',
  '5.24',
  '5.30',
];

/** Every CIS Kubernetes Benchmark v1.12.0 section, numbered as in kube-bench cfg/cis-1.12. */
const KUBERNETES_SECTIONS = [
  ...seq('1.1', 21),
  ...seq('1.2', 30),
  ...seq('1.3', 7),
  ...seq('1.4', 2),
  ...seq('2', 7),
  ...seq('3.1', 3),
  ...seq('3.2', 2),
  ...seq('4.1', 10),
  ...seq('4.2', 14),
  ...seq('4.3', 1),
  ...seq('5.1', 13),
  ...seq('5.2', 12),
  ...seq('5.3', 2),
  ...seq('5.4', 2),
  ...seq('5.5', 1),
  ...seq('5.6', 4),
];

const KUBERNETES_MANUAL = [
  '1.1.9',
  '1.1.10',
  '1.1.20',
  '1.1.21',
  '1.2.1',
  '1.2.3',
  '1.2.9',
  '1.2.11',
  '1.2.20',
  '1.2.27',
  '1.2.28',
  '1.2.29',
  '1.3.1',
  '2.7',
  ...seq('3.1', 3),
  ...seq('3.2', 2),
  '4.1.3',
  '4.1.4',
  '4.1.7',
  '4.1.8',
  '4.2.4',
  '4.2.5',
  '4.2.7',
  '4.2.8',
  '4.2.9',
  '4.2.11',
  '4.2.12',
  '4.2.13',
  '4.2.14',
  ...seq('5.1', 13),
  ...seq('5.2', 12),
  ...seq('5.3', 2),
  ...seq('5.4', 2),
  ...seq('5.5', 1),
  ...seq('5.6', 4),
];

const KUBERNETES_LEVEL_2 = [
  '1.2.14',
  '2.7',
  '3.2.2',
  '4.2.8',
  '5.2.7',
  '5.2.9',
  '5.3.2',
  '5.4.1',
  '5.4.2',
  '5.5.1',
  '5.6.2',
  '5.6.3',
  '5.6.4',
];

const sections = (controls: readonly Control[]) => controls.map((c) => c.benchmark?.section);
const sectionsWhere = (controls: readonly Control[], keep: (c: Control) => boolean) =>
  controls.filter(keep).map((c) => c.benchmark?.section);

describe('control catalogue', () => {
  it('has unique ids', () => {
    const ids = CONTROLS.map((c) => c.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  it('uses the id formats benchmark-version:section and design:slug', () => {
    const pattern =
      /^(cis-docker-1\.6\.0:\d+(\.\d+)*|cis-kubernetes-1\.12\.0:\d+(\.\d+)*|design:[a-z0-9]+(-[a-z0-9]+)*)$/;
    expect(CONTROLS.map((c) => c.id).filter((id) => !pattern.test(id))).toEqual([]);
  });

  it('keeps the benchmark, version and dotted-number section in step with the id', () => {
    for (const control of CONTROLS) {
      if (!control.benchmark) {
        expect(control.id, control.id).toMatch(/^design:/);
        continue;
      }
      const { name, version, section } = control.benchmark;
      expect(section, control.id).toMatch(/^\d+(\.\d+)*$/);
      expect(control.id).toBe(`${name}-${version}:${section}`);
      expect([1, 2], control.id).toContain(control.benchmark.level);
      expect(['automated', 'manual'], control.id).toContain(control.benchmark.assessment);
    }
  });

  it('gives every control a title, a remediation, STRIDE categories and known techs', () => {
    for (const control of CONTROLS) {
      expect(control.title.trim(), control.id).not.toBe('');
      expect(control.title, control.id).not.toMatch(/\((Automated|Manual|Scored|Not Scored)\)/);
      expect(control.remediation.trim(), control.id).not.toBe('');
      expect(`${control.title} ${control.remediation}`, control.id).not.toMatch(
        /\u001b|<\/?(a|b|i|em|strong|code|br|span|div)\b[^>]*>/i,
      );
      expect(control.stride.length, control.id).toBeGreaterThan(0);
      expect(new Set(control.stride).size, control.id).toBe(control.stride.length);
      for (const category of control.stride) expect(STRIDE_CATEGORIES, control.id).toContain(category);
      expect(control.techs.length, control.id).toBeGreaterThan(0);
      expect(
        control.techs.filter((t) => !isKnownTech(t)),
        control.id,
      ).toEqual([]);
    }
  });

  it('finds controls by id', () => {
    expect(findControl('cis-docker-1.6.0:5.5')?.title).toBe('Ensure that privileged containers are not used');
    expect(findControl('cis-kubernetes-1.12.0:4.2.1')?.title).toBe(
      'Ensure that the --anonymous-auth argument is set to false',
    );
    expect(findControl('cis-docker-1.6.0:5.1')?.id).not.toBe(findControl('cis-docker-1.6.0:5.10')?.id);
  });
});

describe('CIS Docker Benchmark v1.6.0', () => {
  it('has every section of 1 to 7, in order, with no gaps', () => {
    expect(DOCKER_SECTIONS).toHaveLength(117);
    expect(sections(CIS_DOCKER_1_6_0)).toEqual(DOCKER_SECTIONS);
    expect(CIS_DOCKER_1_6_0.every((c) => c.benchmark?.name === 'cis-docker' && c.benchmark.version === '1.6.0')).toBe(
      true,
    );
  });

  it('marks the manual recommendations manual instead of passing them silently', () => {
    expect(sectionsWhere(CIS_DOCKER_1_6_0, (c) => c.benchmark?.assessment === 'manual')).toEqual(DOCKER_MANUAL);
    expect(CIS_DOCKER_1_6_0.filter((c) => c.benchmark?.assessment === 'automated')).toHaveLength(90);
  });

  it('has the Level 2 profile where the benchmark does', () => {
    expect(sectionsWhere(CIS_DOCKER_1_6_0, (c) => c.benchmark?.level === 2)).toEqual(DOCKER_LEVEL_2);
  });
});

describe('CIS Kubernetes Benchmark v1.12.0', () => {
  it('has every section of kube-bench cis-1.12, in order, with no gaps', () => {
    expect(KUBERNETES_SECTIONS).toHaveLength(131);
    expect(sections(CIS_KUBERNETES_1_12_0)).toEqual(KUBERNETES_SECTIONS);
    expect(
      CIS_KUBERNETES_1_12_0.every((c) => c.benchmark?.name === 'cis-kubernetes' && c.benchmark.version === '1.12.0'),
    ).toBe(true);
  });

  it('marks the manual recommendations manual instead of passing them silently', () => {
    expect(sectionsWhere(CIS_KUBERNETES_1_12_0, (c) => c.benchmark?.assessment === 'manual')).toEqual(
      KUBERNETES_MANUAL,
    );
    expect(CIS_KUBERNETES_1_12_0.filter((c) => c.benchmark?.assessment === 'automated')).toHaveLength(65);
  });

  it('has the Level 2 profile where the benchmark does', () => {
    expect(sectionsWhere(CIS_KUBERNETES_1_12_0, (c) => c.benchmark?.level === 2)).toEqual(KUBERNETES_LEVEL_2);
  });
});
