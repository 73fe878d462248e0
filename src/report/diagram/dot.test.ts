import { describe, expect, it } from 'vitest';
import { EXAMPLES, HOSTILE, hostileModel, loadExample } from '../../../test/diagram-fixtures.js';
import { buildDiagramGraph } from './graph.js';
import { renderDiagramDot } from './index.js';

/** Every statement the DOT source may hold, one per line: a name can never add a line or a statement. */
const STATEMENT =
  /^(digraph stridebench \{|\s+(graph|node|edge) \[.*\];|\s+subgraph cluster_\w+ \{|\s+\w+ \[id="\w+", .*\];|\s+\w+ -> \w+ \[id="\w+", .*\];|\s*\})$/;

/** The cluster (by key) each node and each cluster is declared in, read from the brace structure of the source. */
function declaredIn(dot: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const stack: string[] = [];
  for (const line of dot.split('\n')) {
    const cluster = /^\s+subgraph cluster_(\w+) \{$/.exec(line);
    const node = /^\s+(\w+) \[id=/.exec(line);
    if (cluster) {
      out.set(cluster[1] as string, stack.at(-1));
      stack.push(cluster[1] as string);
    } else if (node) out.set(node[1] as string, stack.at(-1));
    else if (/^\s+\}$/.test(line)) stack.pop();
  }
  return out;
}

describe('renderDiagramDot', () => {
  it.each(EXAMPLES)('%s: declares every element once, nodes and clusters inside their boundary', async (name) => {
    const { model, threats } = await loadExample(name);
    const dot = renderDiagramDot(model, threats);
    const graph = buildDiagramGraph(model, threats);
    for (const line of dot.trimEnd().split('\n')) expect(line).toMatch(STATEMENT);
    const where = declaredIn(dot);
    const clusterKey = new Map(graph.allClusters.map((c) => [c.id, c.key]));
    for (const b of model.boundaries) {
      const key = clusterKey.get(b.id) as string;
      expect(where.has(key)).toBe(true);
      expect(where.get(key)).toBe(b.parent ? clusterKey.get(b.parent.id) : undefined);
    }
    for (const n of graph.allNodes) {
      const c = model.components.find((x) => x.id === n.id);
      expect(where.get(n.key)).toBe(c?.boundary ? clusterKey.get(c.boundary.id) : undefined);
      expect(dot.match(new RegExp(`^\\s+${n.key} \\[`, 'gm'))).toHaveLength(1);
    }
    for (const e of graph.edges) {
      const f = model.flows.find((x) => x.id === e.id);
      const line = dot.split('\n').find((l) => l.includes(`[id="${e.key}"`)) as string;
      expect(line).toMatch(new RegExp(`^\\s+${e.from} -> ${e.to} \\[`));
      expect(line).toContain(f?.encrypted ? 'style=solid' : 'style=dashed');
      expect(line).toContain(f?.encrypted ? 'color="#37474f"' : 'color="#c62828"');
    }
    expect(renderDiagramDot(model, threats)).toBe(dot);
  });

  it('keeps hostile names inside entity-escaped HTML-like labels', () => {
    const dot = renderDiagramDot(hostileModel());
    for (const line of dot.trimEnd().split('\n')) expect(line).toMatch(STATEMENT);
    expect(dot).not.toMatch(/<script|<img|<b>bold/);
    // The newline became a space, markup became entities, each backslash doubled so Graphviz prints it (not \N);
    // the name wraps at spaces into label rows.
    expect(dot).toContain(
      '<TR><TD><B>&lt;script&gt;alert(1)&lt;/script&gt;</B></TD></TR>' +
        '<TR><TD><B>&quot;dq&quot; &#39;sq&#39; back\\\\slash \\\\N</B></TD></TR>' +
        '<TR><TD><B>\\\\G &amp;amp; #quot; end</B></TD></TR><TR><TD><B>second line</B></TD></TR>',
    );
    expect(dot).toContain('evil&quot; onload=&quot;alert(3)');
    expect(dot).toContain('&lt;img src=x onerror=alert(4)&gt;');
    expect(dot).toContain('&lt;svg onload=alert(1)&gt; &quot;sys&quot; &amp; co');
    expect(HOSTILE.boundary).toContain('}');
    expect(dot).toContain('&lt;/g&gt;&lt;script&gt;alert(2)&lt;/script&gt; } ]] --&gt; &lt;!-- &quot;b&quot;');
  });
});
