import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../link/check.js';
import { type AuditResult, auditText } from '../rules/audit.js';
import { findAuditRule } from '../rules/index.js';
import { renderAuditJunit, renderCheckJunit, renderThreatsJunit } from './junit.js';
import { checkExample, DOCKERFILE, threatsOf, tinyShopModel } from './testing.js';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A strict reader for the XML subset the renderer writes: a declaration, elements with double-quoted attributes,
 * text, the five predefined entities and numeric character references. Anything else (an unbalanced tag, a raw `<`
 * or `&`, a character XML 1.0 forbids, a second root) throws.
 */
function parseXml(xml: string): XmlElement {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) throw new Error('character not allowed in XML');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)) {
    throw new Error('unpaired surrogate');
  }
  const decode = (s: string) => {
    if (/[<]/.test(s)) throw new Error(`raw < in ${JSON.stringify(s)}`);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s)) throw new Error(`raw & in ${JSON.stringify(s)}`);
    return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (named[e]) return named[e] as string;
      return String.fromCodePoint(e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    });
  };
  let rest = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  if (rest === xml) throw new Error('no XML declaration');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const TOKEN = /^(?:<\/([A-Za-z][\w-]*)\s*>|<([A-Za-z][\w-]*)((?:\s+[A-Za-z][\w-]*="[^"<]*")*)\s*(\/?)>|([^<]+))/;
  while (rest.length > 0) {
    const m = TOKEN.exec(rest);
    if (!m) throw new Error(`not well-formed at ${JSON.stringify(rest.slice(0, 40))}`);
    rest = rest.slice(m[0].length);
    const top = stack[stack.length - 1] as XmlElement;
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attributes: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
        if ((a[1] as string) in attributes) throw new Error(`duplicate attribute ${a[1]}`);
        attributes[a[1] as string] = decode(a[2] as string);
      }
      const el: XmlElement = { name: m[2], attributes, children: [], text: '' };
      if (top === root && root.children.length > 0) throw new Error('second root element');
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else {
      const t = decode(m[5] as string);
      if (top === root && t.trim() !== '') throw new Error('text outside the root element');
      top.text += t;
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is not closed`);
  return root.children[0] as XmlElement;
}

function all(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}

/** The counts a CI system reads, taken from the elements themselves. */
function countsOf(el: XmlElement) {
  const cases = all(el, 'testcase');
  const has = (c: XmlElement, n: string) => c.children.some((x) => x.name === n);
  return {
    tests: String(cases.length),
    failures: String(cases.filter((c) => has(c, 'failure')).length),
    errors: String(cases.filter((c) => has(c, 'error')).length),
    skipped: String(cases.filter((c) => has(c, 'skipped')).length),
  };
}

function expectConsistentCounts(xml: string): XmlElement {
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  const { tests, failures, errors, skipped } = root.attributes;
  expect({ tests, failures, errors, skipped }).toEqual(countsOf(root));
  for (const suite of root.children.filter((c) => c.name === 'testsuite')) {
    const s = suite.attributes;
    expect({ tests: s.tests, failures: s.failures, errors: s.errors, skipped: s.skipped }).toEqual(countsOf(suite));
  }
  return root;
}

describe('parseXml (the test reader)', () => {
  it('rejects what is not well-formed', () => {
    const decl = '<?xml version="1.0" encoding="UTF-8"?>\n';
    expect(() => parseXml(`${decl}<a><b></a></b>`)).toThrow();
    expect(() => parseXml(`${decl}<a x="1 & 2"/>`)).toThrow();
    expect(() => parseXml(`${decl}<a>\u0001</a>`)).toThrow();
    expect(() => parseXml(`${decl}<a/><b/>`)).toThrow();
    expect(parseXml(`${decl}<a x="&lt;&#10;"><b/>t&amp;</a>`)).toEqual({
      name: 'a',
      attributes: { x: '<\n' },
      children: [{ name: 'b', attributes: {}, children: [], text: '' }],
      text: 't&',
    });
  });
});

describe('renderAuditJunit', () => {
  it('makes one suite per input and one case per check, with failures that list the findings', () => {
    const result = auditText(DOCKERFILE, 'app/Dockerfile', 'dockerfile');
    const root = expectConsistentCounts(renderAuditJunit(result));
    const suites = root.children.filter((c) => c.name === 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(['app/Dockerfile']);
    const cases = all(root, 'testcase');
    expect(cases).toHaveLength(result.checks.length);
    const df001 = cases.find((c) => c.attributes.name?.startsWith('DF001 '));
    expect(df001?.attributes).toEqual({ classname: 'app/Dockerfile', name: 'DF001 Image runs as root' });
    expect(df001?.children).toEqual([
      {
        name: 'failure',
        attributes: {
          message: 'The final stage (FROM python:3.12) sets no USER: the container runs as root.',
          type: 'high',
        },
        children: [],
        text: 'app/Dockerfile:1:1 high The final stage (FROM python:3.12) sets no USER: the container runs as root.',
      },
    ]);
    expect(root.attributes.failures).toBe(String(result.checks.filter((c) => c.state === 'fail').length));
  });

  it('maps every check state and counts them', () => {
    const result: AuditResult = {
      inputs: [{ target: 'daemon.json', kind: 'daemon' }],
      findings: [
        {
          ruleId: 'DM002',
          severity: 'medium',
          message: 'icc is on',
          target: 'daemon.json',
          location: { uri: 'daemon.json', startLine: 2, startColumn: 3, endLine: 2, endColumn: 8 },
        },
        {
          ruleId: 'DM002',
          severity: 'high',
          message: 'icc is really on',
          target: 'daemon.json',
          logicalLocation: { kind: 'daemon', name: 'dockerd', path: 'icc' },
        },
        {
          ruleId: 'DM002',
          severity: 'critical',
          message: 'icc, ignored',
          target: 'daemon.json',
          suppressed: { reason: 'lab host' },
        },
      ],
      checks: [
        { ruleId: 'DM001', target: 'daemon.json', state: 'manual', message: 'judge it' },
        { ruleId: 'DM002', target: 'daemon.json', state: 'fail' },
        { ruleId: 'DM003', target: 'daemon.json', state: 'pass' },
        { ruleId: 'DM004', target: 'daemon.json', state: 'skipped', message: 'not set' },
        { ruleId: 'DM005', target: 'daemon.json', state: 'error', message: 'boom' },
        { ruleId: 'EN001', target: 'engine:unix:///var/run/docker.sock', state: 'pass' },
      ],
      diagnostics: [
        { code: 'file-not-found', severity: 'error', message: 'gone.yaml: no such file or directory' },
        { code: 'unknown-key', severity: 'warning', message: 'odd key' },
      ],
    };
    const root = expectConsistentCounts(renderAuditJunit(result));
    expect(root.attributes).toMatchObject({ tests: '7', failures: '1', errors: '2', skipped: '2' });
    const suites = root.children.filter((c) => c.name === 'testsuite');
    expect(suites.map((s) => [s.attributes.name, s.attributes.tests])).toEqual([
      ['daemon.json', '5'],
      ['engine:unix:///var/run/docker.sock', '1'],
      ['stridebench diagnostics', '1'],
    ]);
    const outcome = (id: string) => {
      const c = all(root, 'testcase').find((x) => x.attributes.name?.startsWith(`${id} `));
      return c?.children.map((x) => [x.name, x.attributes.message ?? '']);
    };
    expect(outcome('DM001')).toEqual([['skipped', 'manual: judge it']]);
    expect(outcome('DM002')).toEqual([['failure', `2 findings: ${findAuditRule('DM002')?.meta.title}`]]);
    // The worst open finding names the failure's type; a suppressed one is listed but does not count.
    const dm002 = all(root, 'failure')[0];
    expect(dm002?.attributes.type).toBe('high');
    expect(dm002?.text).toBe(
      [
        'daemon.json:2:3 medium icc is on',
        'daemon dockerd icc high icc is really on',
        'daemon.json critical icc, ignored (suppressed: lab host)',
      ].join('\n'),
    );
    expect(outcome('DM003')).toEqual([]);
    expect(outcome('DM004')).toEqual([['skipped', 'not set']]);
    expect(outcome('DM005')).toEqual([['error', 'boom']]);
    expect(all(root, 'system-err')[0]?.text).toBe('warning unknown-key: odd key');
  });

  it('escapes markup and replaces characters XML 1.0 forbids', () => {
    const message = 'a <script>alert("x")</script> & \u0001 \uD800 \'q\'\nnext';
    const result: AuditResult = {
      inputs: [{ target: 'we<ird>&"file"', kind: 'dockerfile' }],
      findings: [{ ruleId: 'DF001', severity: 'high', message, target: 'we<ird>&"file"' }],
      checks: [{ ruleId: 'DF001', target: 'we<ird>&"file"', state: 'fail' }],
      diagnostics: [],
    };
    const xml = renderAuditJunit(result);
    expect(xml).not.toContain('<script>');
    const root = expectConsistentCounts(xml);
    expect(root.children[0]?.attributes.name).toBe('we<ird>&"file"');
    const failure = all(root, 'failure')[0];
    expect(failure?.attributes.message).toBe('a <script>alert("x")</script> & \uFFFD \uFFFD \'q\'\nnext');
    expect(failure?.text).toBe('we<ird>&"file" high a <script>alert("x")</script> & \uFFFD \uFFFD \'q\'\nnext');
  });

  it('renders the same input to the same bytes, without times', () => {
    const a = renderAuditJunit(auditText(DOCKERFILE, 'app/Dockerfile', 'dockerfile'));
    expect(renderAuditJunit(auditText(DOCKERFILE, 'app/Dockerfile', 'dockerfile'))).toBe(a);
    expect(a).not.toMatch(/time(stamp)?=/);
  });
});

describe('renderThreatsJunit', () => {
  it('makes one suite per element; open threats fail, decided ones are skipped, claimed mitigations pass', () => {
    const report = threatsOf(tinyShopModel({ archive: true }), 'threatmodel.yaml');
    const root = expectConsistentCounts(renderThreatsJunit(report));
    expect(root.attributes.name).toBe('stridebench threats: Tiny shop');
    const rows = root.children.map((s) => [
      s.attributes.name,
      all(s, 'testcase').map((c) => [c.attributes.name?.split(' ')[0], c.children.map((x) => x.name).join()]),
    ]);
    expect(rows).toEqual([
      ['component Orders database (db)', [['T-WEB-005', 'skipped']]],
      ['component Order archive (archive)', [['T-WEB-005', 'failure']]],
      ['flow Web server to Orders database (web-db)', [['T-WEB-019', '']]],
      ['flow Web server to Order archive (web-archive)', [['T-WEB-019', 'failure']]],
    ]);
    expect(all(root, 'skipped')[0]?.attributes.message).toBe('accepted: backups are encrypted off-site (owner: dba)');
    expect(all(root, 'failure')[0]?.attributes.type).toBe('high');
  });
});

describe('renderCheckJunit', () => {
  let report: CheckReport;
  beforeAll(async () => {
    report = await checkExample('docker');
  });

  it('fails unmitigated and partially mitigated threats, skips unverified and decided ones', () => {
    const xml = renderCheckJunit(report);
    const root = expectConsistentCounts(xml);
    const n = (...statuses: string[]) => String(report.threats.filter((t) => statuses.includes(t.status)).length);
    expect(root.attributes).toMatchObject({
      tests: String(report.threats.length),
      failures: n('unmitigated', 'partially-mitigated'),
      errors: '0',
      skipped: n('unverified', 'accepted', 'transferred', 'not-applicable'),
    });
    const transferred = all(root, 'testcase').find((c) => c.attributes.name?.startsWith('T-DKR-006 '));
    expect(transferred?.attributes.classname).toBe('docker-client');
    expect(transferred?.children[0]?.attributes.message).toMatch(/^transferred: The administrators' workstations/);
    const unmitigated = report.threats.find((t) => t.status === 'unmitigated');
    const failure = all(root, 'testcase').find(
      (c) =>
        c.attributes.classname === unmitigated?.element.id && c.attributes.name?.startsWith(`${unmitigated?.ruleId} `),
    )?.children[0];
    expect(failure?.name).toBe('failure');
    expect(failure?.text).toContain('Controls:');
    expect(renderCheckJunit(report)).toBe(xml);
  });
});
