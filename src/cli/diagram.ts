import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { DiagramThreat } from '../report/diagram/index.js';
import { ExitError, writeFileAtomic } from './io.js';
import type { CliIo } from './main.js';

const FORMATS = ['svg', 'dot', 'mermaid'] as const;

/** The SVG as a standalone file; the library's SVG has no prolog so that pages can inline it. */
const XML_PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

/** `stridebench diagram`: the data-flow diagram of a threat model, with badges of its open threats. */
export function registerDiagramCommand(program: Command, io: CliIo, exit: { usage: number }): void {
  program
    .command('diagram')
    .description(
      'draw the data-flow diagram: components, flows (protocol:port; plaintext dashed red), nested trust boundaries, ' +
        'and badges of open threats by STRIDE category',
    )
    .argument('[model]', 'threat model file, or a directory holding threatmodel.yaml', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('svg'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .option('--no-threats', 'leave out the badges of open threats')
    .action(
      async (modelPath: string, opts: { format: (typeof FORMATS)[number]; output?: string; threats: boolean }) => {
        const today = new Date().toISOString().slice(0, 10);
        const { loadModelFile } = await import('../model/load.js');
        const { hasErrors } = await import('../core/diagnostics.js');
        const { renderDiagnosticsText } = await import('../report/text.js');
        const { model, diagnostics } = await loadModelFile(modelPath, { today, cwd: io.cwd });
        if (diagnostics.length > 0) io.stderr(`${renderDiagnosticsText(diagnostics, { color: io.color })}\n`);
        if (!model || hasErrors(diagnostics)) throw new ExitError('', exit.usage);

        let threats: DiagramThreat[] = [];
        if (opts.threats) {
          const { analyzeModel } = await import('../stride/report.js');
          threats = analyzeModel(model, { today }).threats.map((t) => ({
            element: { type: t.element.type, id: t.element.id },
            category: t.category,
            open: t.status === 'open',
          }));
        }
        const diagram = await import('../report/diagram/index.js');
        const text =
          opts.format === 'dot'
            ? diagram.renderDiagramDot(model, threats)
            : opts.format === 'mermaid'
              ? diagram.renderDiagramMermaid(model, threats)
              : XML_PROLOG + (await diagram.renderDiagramSvg(model, threats));
        if (opts.output) await writeFileAtomic(resolve(io.cwd, opts.output), text);
        else io.stdout(text);
      },
    );
}
