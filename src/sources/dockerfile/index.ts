import type { Range } from '../../core/location.js';
import { findSuppressions, type Suppression } from '../../rules/suppress.js';
import { type DockerfileDoc, type DockerfileInstruction, parseDockerfile } from './parse.js';

export type { DockerfileDoc, DockerfileFrom, DockerfileInstruction, DockerfileStage } from './parse.js';
export { expandArgs, parseDockerfile, parseImageRef } from './parse.js';

/** A suppression comment covers the instruction that starts on the next non-comment line. */
export function dockerfileSuppressions(doc: DockerfileDoc): Suppression[] {
  return findSuppressions(doc.text, doc.uri, (line) => instructionAtLine(doc, line)?.range as Range | undefined);
}

export function instructionAtLine(doc: DockerfileDoc, line: number): DockerfileInstruction | undefined {
  return doc.instructions.find((i) => i.line === line);
}

/** The final stage: what the built image runs. */
export function finalStage(doc: DockerfileDoc) {
  return doc.stages.at(-1);
}

/** The instruction's shell command text: heredoc bodies when present, else the arguments. */
export function shellText(ins: DockerfileInstruction): string {
  if (ins.heredocs.length > 0) return ins.heredocs.map((h) => h.content).join('\n');
  if (ins.json) return ins.json.join(' ');
  return ins.args;
}
