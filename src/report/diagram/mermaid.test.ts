import { describe, expect, it } from 'vitest';
import { EXAMPLES, HOSTILE, hostileModel, loadExample } from '../../../test/diagram-fixtures.js';
import { buildDiagramGraph } from './graph.js';
import { renderDiagramMermaid } from './index.js';

const LABEL = '"[^"]*"';
/** Every statement the Mermaid source may hold, one per line. */
const STATEMENT = new RegExp(
  [
    '^flowchart LR$',
    '^ +%% [^\\n]*$',
    `^ +subgraph \\w+\\[${LABEL}\\]$`,
    '^ +end$',
    `^ +\\w+(\\[${LABEL}\\]|\\[\\[${LABEL}\\]\\]|\\(${LABEL}\\)|\\[\\(${LABEL}\\)\\])$`,
    `^ +\\w+ <?(-->|-\\.->)(\\|${LABEL}\\|)? \\w+$`,
    '^ +classDef \\w+ [\\w:#,-]+$',
    '^ +class [\\w,]+ \\w+$',
    '^ +style \\w+ [\\w:#, -]+$',
    '^ +linkStyle [\\d,]+ [\\w:#,-]+$',
  ].join('|'),
);

const SHAPE: Record<string, RegExp> = {
  actor: /^\w+\["/,
  external: /^\w+\[\["/,
  process: /^\w+\("/,
  service: /^\w+\("/,
  datastore: /^\w+\[\("/,
};

function decode(label: string): string {
  return label.replace(/#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)));
}

describe('renderDiagramMermaid', () => {
  it.each(EXAMPLES)('%s: nests subgraphs as boundaries, shapes nodes by kind, dots plaintext links', async (name) => {
    const { model, threats } = await loadExample(name);
    const text = renderDiagramMermaid(model, threats);
    const graph = buildDiagramGraph(model, threats);
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(STATEMENT);

    const parentOf = new Map<string, string | undefined>();
    const stack: string[] = [];
    const links: string[] = [];
    for (const line of lines) {
      const sub = /^ +subgraph (\w+)\[/.exec(line);
      const node = /^ +(\w+)(\[\[|\[\(|\[|\()"/.exec(line);
      if (sub) {
        parentOf.set(sub[1] as string, stack.at(-1));
        stack.push(sub[1] as string);
      } else if (/^ +end$/.test(line)) stack.pop();
      else if (node) parentOf.set(node[1] as string, stack.at(-1));
      else if (/ <?(-->|-\.->)/.test(line)) links.push(line.trim());
    }
    expect(stack).toEqual([]);
    const keyOf = new Map(graph.allClusters.map((c) => [c.id, c.key]));
    for (const b of model.boundaries) {
      expect(parentOf.get(keyOf.get(b.id) as string)).toBe(b.parent ? keyOf.get(b.parent.id) : undefined);
    }
    for (const n of graph.allNodes) {
      const c = model.components.find((x) => x.id === n.id);
      expect(parentOf.get(n.key)).toBe(c?.boundary ? keyOf.get(c.boundary.id) : undefined);
      const line = lines.find((l) => l.trim().startsWith(`${n.key}[`) || l.trim().startsWith(`${n.key}(`));
      expect(line?.trim()).toMatch(SHAPE[n.kind] as RegExp);
    }
    expect(links).toHaveLength(model.flows.length);
    const plaintext: number[] = [];
    graph.edges.forEach((e, i) => {
      expect(links[i]).toMatch(new RegExp(`^${e.from} <?${e.encrypted ? '-->' : '-\\.->'}`));
      expect(links[i]).toMatch(new RegExp(` ${e.to}$`));
      if (e.label) expect(links[i]).toContain(`|"${e.label}`);
      if (!e.encrypted) plaintext.push(i);
    });
    const linkStyle = lines.find((l) => l.trim().startsWith('linkStyle'));
    if (plaintext.length > 0) expect(linkStyle?.trim()).toMatch(new RegExp(`^linkStyle ${plaintext.join(',')} `));
    else expect(linkStyle).toBeUndefined();
    expect(renderDiagramMermaid(model, threats)).toBe(text);
  });

  it('shows the badges of open threats in the labels', async () => {
    const { model } = await loadExample('webapp');
    const text = renderDiagramMermaid(model, [
      { element: { type: 'component', id: 'db' }, category: 'tampering', open: true },
      { element: { type: 'component', id: 'db' }, category: 'spoofing', open: true },
      { element: { type: 'component', id: 'db' }, category: 'spoofing', open: true },
      { element: { type: 'component', id: 'web' }, category: 'spoofing', open: false },
    ]);
    expect(text).toContain('c_db[("SQL database<br/><small>datastore · sql-database</small><br/><b>S2 T1</b>")]');
    expect(text).toContain('c_web("Nginx web server<br/><small>process · nginx</small>")');
  });

  it('entity-escapes hostile names so that each stays one quoted label', () => {
    const text = renderDiagramMermaid(hostileModel());
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(STATEMENT);
    expect(text).not.toMatch(/<script|<img|<b>bold|%%.*%%/);
    const app = lines.find((l) => l.trim().startsWith('c_app(')) as string;
    const label = /\("(.*)"\)$/.exec(app.trim())?.[1] as string;
    const [name, caption] = label.split('<br/>');
    expect(decode(name as string)).toBe(HOSTILE.component.replace('\n', ' '));
    expect(decode(caption as string)).toBe(`<small>process · ${HOSTILE.tech}</small>`);
    const boundary = lines.find((l) => l.trim().startsWith('subgraph b_outer')) as string;
    expect(decode(/\["(.*)"\]$/.exec(boundary)?.[1] as string)).toBe(`${HOSTILE.boundary} (network)`);
    const flow = lines.find((l) => l.trim().startsWith('c_user -.->')) as string;
    expect(decode(/\|"(.*)"\|/.exec(flow)?.[1] as string)).toBe(`http:80<br/>${HOSTILE.asset}`);
    expect(lines[1]).toBe(`  %% ${HOSTILE.system.replace(/[#"&<>|`%]/g, (c) => `#${c.codePointAt(0)};`)}`);
  });
});
