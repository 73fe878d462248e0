import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/load.js';
import { applyDecision } from '../src/web/decisions.js';

const root = join(import.meta.dirname, '..');

function written(text: string, edit: Parameters<typeof applyDecision>[1]): string {
  const result = applyDecision(text, edit);
  if ('error' in result) throw new Error(result.error);
  return result.text;
}

describe('applyDecision: decisions written into the YAML with everything else kept byte for byte', () => {
  const docker = readFileSync(join(root, 'examples/docker/threatmodel.yaml'), 'utf8');

  it('replaces only the decision it changes, and keeps the comments and folded scalars of the others', () => {
    const out = written(docker, {
      threatId: 'T-DKR-027@registry',
      status: 'not-applicable',
      justification: 'The registry is read-only for everyone but CI.',
    });
    const old = [
      '  - threat: T-DKR-027@registry',
      '    status: accepted',
      '    justification: >-',
      "      Only the CI pipeline's account can push; the registry volume has 500 GB and a disk-usage alert at 80%. A",
      '      filled registry delays deployments but exposes nothing.',
      '    owner: platform-team',
    ].join('\n');
    expect(docker).toContain(old);
    expect(out).toBe(
      docker.replace(
        old,
        [
          '  - threat: T-DKR-027@registry',
          '    status: not-applicable',
          '    justification: >-',
          '      The registry is read-only for everyone but CI.',
        ].join('\n'),
      ),
    );
    const { model, diagnostics } = loadModel(out, 'm.yaml', { today: '2026-01-15' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model?.decisions.find((d) => d.threat === 'T-DKR-027@registry')).toMatchObject({
      status: 'not-applicable',
      justification: 'The registry is read-only for everyone but CI.',
    });
  });

  it('appends a new decision after the last one, in the list style of the file', () => {
    const out = written(docker, {
      threatId: 'T-DKR-001@docker-client',
      status: 'accepted',
      justification: 'Reviewed.',
      owner: 'sec',
      expires: '2027-01-31',
    });
    expect(out).toBe(
      `${docker.trimEnd()}\n  - threat: T-DKR-001@docker-client\n    status: accepted\n    justification: Reviewed.\n    owner: sec\n    expires: 2027-01-31\n`,
    );
  });

  it('adds a decisions list to a model without one, after its last line', () => {
    const text = '# top comment\nversion: 1\nsystem:\n  name: x # why\ncomponents: []\n';
    expect(written(text, { threatId: 'T-GEN-001@a', status: 'accepted', justification: 'j' })).toBe(
      `${text}\ndecisions:\n  - threat: T-GEN-001@a\n    status: accepted\n    justification: j\n`,
    );
  });

  it('turns an empty or flow list into a block list', () => {
    expect(
      written('version: 1\ndecisions: []\nsystem: {name: x} # keep\n', {
        threatId: 'T@a',
        status: 'mitigated',
      }),
    ).toBe('version: 1\ndecisions:\n  - threat: T@a\n    status: mitigated\nsystem: {name: x} # keep\n');
    expect(
      written('version: 1\ndecisions:\nsystem: {name: x} # keep\n', {
        threatId: 'T@a',
        status: 'open',
      }),
    ).toBe('version: 1\ndecisions:\n  - threat: T@a\n    status: open\nsystem: {name: x} # keep\n');
  });

  it('keeps a comment inside the decision it edits, and drops fields the edit leaves empty', () => {
    const text =
      'version: 1\ndecisions:\n- threat: T@b\n  # reviewed twice\n  status: accepted\n  justification: old\n  owner: me\n# after\n';
    expect(written(text, { threatId: 'T@b', status: 'accepted', justification: 'new', owner: '' })).toBe(
      'version: 1\ndecisions:\n- threat: T@b\n  # reviewed twice\n  status: accepted\n  justification: new\n# after\n',
    );
  });

  it('refuses text it cannot edit safely', () => {
    expect(applyDecision('version: [1\n', { threatId: 'T@a', status: 'open' })).toEqual({
      error: 'the model has YAML syntax errors; fix them before recording a decision',
    });
    expect(applyDecision('{version: 1}\n', { threatId: 'T@a', status: 'open' })).toEqual({
      error: 'the model is not a block mapping at the top level',
    });
    expect(applyDecision('version: 1\ndecisions: nope\n', { threatId: 'T@a', status: 'open' })).toEqual({
      error: 'decisions is not a list',
    });
  });
});
