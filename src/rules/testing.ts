// Test helpers for audit rules (not part of the build): ESLint-style cases with exact spans.
import { describe, expect, it } from 'vitest';
import {
  COMPOSE_OVERRIDE_NAMES,
  type ComposeDoc,
  composeRuntimes,
  loadComposeProject,
} from '../sources/compose/index.js';
import { type ControlPlaneDoc, controlPlaneDoc } from '../sources/controlplane/index.js';
import {
  type KubeletDoc,
  kubeletFromFiles,
  kubeletsFromKubernetes,
  parseKubeletFlagsFile,
} from '../sources/kubelet/index.js';
import { type KubernetesDoc, kubernetesRuntimes, parseKubernetes } from '../sources/kubernetes/parse.js';
import { annotationSuppressions } from '../sources/kubernetes/suppress.js';
import type { RuntimeDoc } from '../sources/runtime.js';
import type { AuditOptions, AuditRule } from './rule.js';
import { runRules } from './run.js';
import type { Suppression } from './suppress.js';

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The file the finding is in, when the case has several (a compose override file). */
  uri?: string;
}

export interface RuleCases {
  valid: (string | { code: string; options?: AuditOptions })[];
  invalid: { code: string; options?: AuditOptions; errors: ExpectedError[] }[];
  /** Inputs the rule does not apply to: its check must end `skipped` (with a reason matching `reason`), never `pass`. */
  skipped?: (string | { code: string; options?: AuditOptions; reason?: string | RegExp })[];
}

export interface Parser<D> {
  /** The file name cases are parsed as; `Dockerfile` when absent. */
  uri?: string;
  parse(text: string, uri: string): D;
  suppressions?(doc: D): Suppression[];
}

/** Runs a rule over valid and invalid cases; duplicate cases and unknown message ids fail the test file itself. */
export function testRule<D, M extends string>(rule: AuditRule<D, M>, parser: Parser<D>, cases: RuleCases): void {
  const code = (v: string | { code: string }) => (typeof v === 'string' ? v : v.code);
  const codes = [...cases.valid.map(code), ...cases.invalid.map(code), ...(cases.skipped ?? []).map(code)];
  describe(`${rule.id} ${rule.name}`, () => {
    it('has no duplicate cases and only known message ids', () => {
      expect(new Set(codes).size, 'duplicate test case').toBe(codes.length);
      for (const c of cases.invalid)
        for (const e of c.errors) expect(Object.keys(rule.messages)).toContain(e.messageId);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    const run = (code: string, options?: AuditOptions) => {
      const uri = parser.uri ?? 'Dockerfile';
      const doc = parser.parse(code, uri);
      return runRules(
        [rule as AuditRule<D, string>],
        { doc, target: uri, text: code, suppressions: parser.suppressions?.(doc) },
        options,
      );
    };
    for (const v of cases.valid) {
      const code = typeof v === 'string' ? v : v.code;
      it(`valid: ${JSON.stringify(code).slice(0, 80)}`, () => {
        const result = run(code, typeof v === 'string' ? undefined : v.options);
        expect(result.diagnostics).toEqual([]);
        expect(result.findings.filter((f) => !f.suppressed).map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${JSON.stringify(c.code).slice(0, 80)}`, () => {
        const result = run(c.code, c.options);
        expect(result.diagnostics).toEqual([]);
        const got = result.findings
          .filter((f) => !f.suppressed)
          .map((f) => ({
            message: f.message,
            line: f.location?.startLine,
            column: f.location?.startColumn,
            endLine: f.location?.endLine,
            endColumn: f.location?.endColumn,
            uri: f.location?.uri,
          }));
        const want = c.errors.map((e, i) => ({
          message: expect.stringMatching(messagePattern(rule.messages[e.messageId as M])),
          line: e.line,
          column: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
          uri: e.uri ?? got[i]?.uri,
        }));
        expect(got).toEqual(want);
      });
    }
    for (const s of cases.skipped ?? []) {
      const { code, options, reason } = typeof s === 'string' ? { code: s } : s;
      it(`skipped: ${JSON.stringify(code).slice(0, 80)}`, () => {
        const result = run(code, options);
        expect(result.diagnostics).toEqual([]);
        expect(result.findings).toEqual([]);
        expect(result.checks.map((c) => c.state)).toEqual(['skipped']);
        if (reason !== undefined) expect(result.checks[0]?.message).toMatch(reason);
      });
    }
  });
}

/** A message template as a pattern: placeholders match anything. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\{\w+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}

/** Runtime rules tested on Kubernetes manifests. */
export const kubernetesRuntimeParser: Parser<RuntimeDoc & { k8s: KubernetesDoc }> = {
  uri: 'manifest.yaml',
  parse(text, uri) {
    const k8s = parseKubernetes(text, uri);
    return { kind: 'runtime', target: uri, runtimes: kubernetesRuntimes(k8s), k8s };
  },
  suppressions: (doc) => [...doc.k8s.suppressions, ...annotationSuppressions(doc.k8s)],
};

/** Kubernetes object rules tested on manifests. */
export const kubernetesParser: Parser<KubernetesDoc> = {
  uri: 'manifest.yaml',
  parse: parseKubernetes,
  suppressions: (doc) => [...doc.suppressions, ...annotationSuppressions(doc)],
};

/**
 * A compose case: one file, or several separated by `# file: <name>` lines (the first part is `compose.yaml`), so a
 * case can hold an override file, an `extends` file or a `.env`. Line numbers count from each file's own start.
 */
export function composeFiles(text: string): Map<string, string> {
  const files = new Map<string, string>();
  let name = 'compose.yaml';
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^# file: (\S+)\s*$/.exec(line);
    if (m) {
      files.set(name, lines.join('\n'));
      name = m[1] as string;
      lines = [];
    } else lines.push(line);
  }
  files.set(name, lines.join('\n'));
  return files;
}

function loadComposeCase(text: string): ComposeDoc {
  const files = composeFiles(text);
  const paths = [...files.keys()].filter((p) => p.endsWith('.yaml') || p.endsWith('.yml'));
  const project = ['compose.yaml', ...paths.filter((p) => COMPOSE_OVERRIDE_NAMES.includes(p))];
  return loadComposeProject(project, { readFile: (p) => files.get(p) });
}

/** Compose rules tested on compose projects. */
export const composeParser: Parser<ComposeDoc> = {
  uri: 'compose.yaml',
  parse: loadComposeCase,
  suppressions: (doc) => doc.suppressions,
};

/** Runtime rules tested on compose projects. */
export const composeRuntimeParser: Parser<RuntimeDoc & { compose: ComposeDoc }> = {
  uri: 'compose.yaml',
  parse(text) {
    const compose = loadComposeCase(text);
    return { ...composeRuntimes(compose), compose };
  },
  suppressions: (doc) => doc.compose.suppressions,
};

/** Control-plane rules tested on static-pod manifests. */
export const controlPlaneParser: Parser<ControlPlaneDoc & { k8s: KubernetesDoc }> = {
  uri: 'kube-apiserver.yaml',
  parse(text, uri) {
    const k8s = parseKubernetes(text, uri);
    return { ...controlPlaneDoc(k8s), k8s };
  },
  suppressions: (doc) => [...doc.k8s.suppressions, ...annotationSuppressions(doc.k8s)],
};

/** Kubelet rules tested on KubeletConfiguration files (or manifests running the kubelet in a container). */
export const kubeletConfigParser: Parser<KubeletDoc & { k8s: KubernetesDoc }> = {
  uri: 'config.yaml',
  parse(text, uri) {
    const k8s = parseKubernetes(text, uri);
    return { kind: 'kubelet', target: uri, kubelets: kubeletsFromKubernetes(k8s, controlPlaneDoc(k8s)), k8s };
  },
  suppressions: (doc) => [...doc.k8s.suppressions, ...annotationSuppressions(doc.k8s)],
};

/**
 * Kubelet rules tested on a flags file (a systemd drop-in or kubeadm-flags.env), alone or followed by
 * `# file: config.yaml` and the KubeletConfiguration its `--config` names, to test which of the two wins.
 */
export const kubeletFlagsParser: Parser<KubeletDoc & { suppressions: Suppression[] }> = {
  uri: 'kubeadm-flags.env',
  parse(text, uri) {
    const [[, flagsText = ''] = [], [configName, configText] = []] = [...composeFiles(text)];
    const file = parseKubeletFlagsFile(flagsText, uri);
    const config = configName ? parseKubernetes(configText ?? '', configName).objects[0] : undefined;
    const kubelets = [kubeletFromFiles([file], config).kubelet];
    return { kind: 'kubelet', target: uri, kubelets, suppressions: file.suppressions };
  },
  suppressions: (doc) => doc.suppressions,
};

/**
 * A static pod running one control-plane component, as kubeadm writes it: the binary on line 11 and one flag per
 * line from line 12 (column 11), so a flag's span is easy to read off; the `command` key is line 10, columns 7-14.
 */
export function staticPod(component: string, flags: readonly string[]): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${component}
  namespace: kube-system
spec:
  containers:
    - name: ${component}
      image: registry.k8s.io/${component}:v1.32.2
      command:
        - ${component}
${flags.map((f) => `        - ${f}`).join('\n')}
`;
}
