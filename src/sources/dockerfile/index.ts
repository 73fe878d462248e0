import type { Range } from '../../core/location.js';
import { findSuppressions, type Suppression } from '../../rules/suppress.js';
import { type DockerfileDoc, type DockerfileInstruction, type DockerfileStage, parseDockerfile } from './parse.js';

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

/** The stage a FROM refers to (`FROM base`), when it names an earlier stage. */
export function parentStage(doc: DockerfileDoc, stage: DockerfileStage): DockerfileStage | undefined {
  if (!stage.from.stageRef) return undefined;
  const name = stage.from.image.toLowerCase();
  return doc.stages
    .slice(0, stage.index)
    .reverse()
    .find((s) => s.from.alias?.toLowerCase() === name);
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
    const last = s.instructions.filter((i) => i.keyword === keyword).at(-1);
    if (last) return last;
  }
  return undefined;
}
