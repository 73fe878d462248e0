import type { Range } from '../../core/location.js';
import { findSuppressions, type Suppression } from '../../rules/suppress.js';
import type { DockerfileDoc, DockerfileInstruction, DockerfileStage } from './parse.js';
import { parentStage } from './shell.js';

export type {
  DockerfileArgument,
  DockerfileDirective,
  DockerfileDoc,
  DockerfileFrom,
  DockerfileInstruction,
  DockerfileStage,
} from './parse.js';
export { expandArgs, parseDockerfile, parseImageRef, unquote } from './parse.js';
export type {
  Assignment,
  CommandRef,
  KeyValue,
  OptionSpec,
  ParsedArgs,
  ParsedOption,
  ShellCommand,
  ShellScript,
  ShellWord,
} from './shell.js';
export {
  assignmentsOf,
  baseName,
  commandsByName,
  commandsNamed,
  execFormWords,
  findOptions,
  hasOption,
  imageStages,
  isPosixShellAt,
  isShell,
  keyValues,
  logicalText,
  operands,
  optionWords,
  parentStage,
  parseOptions,
  perDocument,
  pipelines,
  runCommands,
  runScript,
  runScripts,
  scriptWord,
  shellAt,
  spanOf,
  uncommittedMounts,
  variablesAt,
} from './shell.js';

/** A suppression comment covers the instruction that starts on the next non-comment line. */
export function dockerfileSuppressions(doc: DockerfileDoc): Suppression[] {
  // Most files have none: skip the line-by-line scan.
  if (!doc.text.includes('stridebench:')) return [];
  return findSuppressions(doc.text, doc.uri, (line) => instructionAtLine(doc, line)?.range as Range | undefined);
}

export function instructionAtLine(doc: DockerfileDoc, line: number): DockerfileInstruction | undefined {
  return doc.instructions.find((i) => i.line === line);
}

/** The final stage: what the built image runs. */
export function finalStage(doc: DockerfileDoc) {
  return doc.stages.at(-1);
}

/**
 * The last instruction with this keyword in force in a stage's image: its own, or inherited from the earlier stages
 * it is built FROM (USER and HEALTHCHECK carry over into a stage built on another).
 */
export function inheritedInstruction(
  doc: DockerfileDoc,
  stage: DockerfileStage,
  keyword: string,
): DockerfileInstruction | undefined {
  const seen = new Set<number>();
  for (let s: DockerfileStage | undefined = stage; s && !seen.has(s.index); s = parentStage(doc, s)) {
    seen.add(s.index);
    for (let k = s.instructions.length - 1; k >= 0; k--) {
      const i = s.instructions[k] as DockerfileInstruction;
      if (i.keyword === keyword) return i;
    }
  }
  return undefined;
}
