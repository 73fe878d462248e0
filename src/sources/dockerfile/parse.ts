import { type Argument, DockerfileParser, type From, type Instruction } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range as LspRange } from 'vscode-languageserver-types';
import type { Range } from '../../core/location.js';

/**
 * A Dockerfile as the rules see it: instructions grouped into build stages, every node with offsets into the
 * original text. Parsed by dockerfile-ast (parser directives, escape characters, continuation lines, heredocs);
 * this module adds stages, ARG expansion of FROM, and shell-command text for RUN.
 */
export interface DockerfileDoc {
  kind: 'dockerfile';
  uri: string;
  text: string;
  /** The escape character (`\` or, with `# escape=`\``, a backtick). */
  escape: string;
  instructions: DockerfileInstruction[];
  stages: DockerfileStage[];
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Map<string, string | undefined>;
  comments: { text: string; range: Range; line: number }[];
}

export interface DockerfileArgument {
  value: string;
  range: Range;
}

export interface DockerfileInstruction {
  /** Upper-case keyword: FROM, RUN, COPY... */
  keyword: string;
  /** Arguments without flags, continuation characters and interleaved comments, joined by single spaces. */
  args: string;
  arguments: DockerfileArgument[];
  flags: { name: string; value: string | null; range: Range }[];
  /** Exec-form (JSON array) arguments, when the instruction uses that form. */
  json?: string[];
  heredocs: { name: string; content: string; range: Range }[];
  range: Range;
  keywordRange: Range;
  /** 0-based line of the keyword: suppression comments refer to it. */
  line: number;
  /** Index of the build stage; -1 before the first FROM. */
  stage: number;
}

export interface DockerfileFrom {
  instruction: DockerfileInstruction;
  /** The image reference as written, e.g. `${BASE}` or `node:20@sha256:...`. */
  raw: string;
  /** After expanding global ARG defaults. */
  image: string;
  registry?: string;
  /** Repository without registry, tag or digest. */
  name: string;
  tag?: string;
  digest?: string;
  alias?: string;
  platform?: string;
  imageRange: Range;
  /** FROM <earlier stage alias>. */
  stageRef: boolean;
  scratch: boolean;
  /** An ARG in the reference had no default: the image is not known statically. */
  unresolved: boolean;
}

export interface DockerfileStage {
  index: number;
  from: DockerfileFrom;
  instructions: DockerfileInstruction[];
}

export function parseDockerfile(text: string, uri: string): DockerfileDoc {
  const td = TextDocument.create(uri, 'dockerfile', 0, text);
  const toRange = (r: LspRange | null | undefined): Range => (r ? [td.offsetAt(r.start), td.offsetAt(r.end)] : [0, 0]);
  const ast = DockerfileParser.parse(text);
  const escape = ast.getEscapeCharacter();

  const instructions: DockerfileInstruction[] = [];
  const stages: DockerfileStage[] = [];
  const globalArgs = new Map<string, string | undefined>();
  const aliases = new Set<string>();
  let stage = -1;

  for (const ins of ast.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    if (keyword === 'FROM') stage++;
    const node = toInstruction(text, ins, keyword, stage, toRange);
    instructions.push(node);
    if (keyword === 'ARG' && stage === -1) {
      for (const a of node.arguments) {
        const eq = a.value.indexOf('=');
        globalArgs.set(eq < 0 ? a.value : a.value.slice(0, eq), eq < 0 ? undefined : unquote(a.value.slice(eq + 1)));
      }
    }
    if (keyword === 'FROM') {
      const from = toFrom(ins as From, node, globalArgs, aliases, toRange);
      if (from.alias) aliases.add(from.alias.toLowerCase());
      stages.push({ index: stage, from, instructions: [] });
    } else if (stage >= 0) {
      stages[stage]?.instructions.push(node);
    }
  }

  const comments = ast.getComments().map((c) => {
    const range = toRange(c.getRange());
    return { text: c.getContent() ?? '', range, line: c.getRange()?.start.line ?? 0 };
  });
  return { kind: 'dockerfile', uri, text, escape, instructions, stages, globalArgs, comments };
}

function toInstruction(
  source: string,
  ins: Instruction,
  keyword: string,
  stage: number,
  toRange: (r: LspRange | null | undefined) => Range,
): DockerfileInstruction {
  const args: DockerfileArgument[] = ins.getArguments().map((a: Argument) => ({
    value: a.getValue(),
    range: toRange(a.getRange()),
  }));
  const withFlags = ins as Instruction & {
    getFlags?: () => { getName(): string; getValue(): string | null; getRange(): LspRange }[];
    getHeredocs?: () => { getName(): string; getContentRange(): LspRange | null }[];
  };
  const flags = (withFlags.getFlags?.() ?? []).map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    range: toRange(f.getRange()),
  }));
  const heredocs = (withFlags.getHeredocs?.() ?? []).map((h) => {
    const range = toRange(h.getContentRange());
    return { name: h.getName(), content: source.slice(range[0], range[1]), range };
  });
  const node: DockerfileInstruction = {
    keyword,
    args: args.map((a) => a.value).join(' '),
    arguments: args,
    flags,
    heredocs,
    range: toRange(ins.getRange()),
    keywordRange: toRange(ins.getInstructionRange()),
    line: ins.getRange().start.line,
    stage,
  };
  const json = parseExecForm(ins.getArgumentsContent());
  if (json && ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'HEALTHCHECK', 'VOLUME', 'ADD', 'COPY'].includes(keyword)) {
    node.json = json;
  }
  return node;
}

function parseExecForm(content: string | null): string[] | undefined {
  const trimmed = content?.trim();
  if (!trimmed?.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Expands `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` with the given values. */
export function expandArgs(
  s: string,
  values: ReadonlyMap<string, string | undefined>,
): { value: string; unresolved: boolean } {
  let unresolved = false;
  const value = s.replace(VAR, (_m, braced?: string, op?: string, word?: string, bare?: string) => {
    const name = (braced ?? bare) as string;
    const v = values.get(name);
    if (op === '-') return v ? v : (word ?? '');
    if (op === '+') return v ? (word ?? '') : '';
    if (v === undefined) {
      unresolved = true;
      return '';
    }
    return v;
  });
  return { value, unresolved };
}

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.at(-1) === s[0] ? s.slice(1, -1) : s;
}

/** Splits an image reference into registry, name, tag and digest, as Docker does. */
export function parseImageRef(ref: string): { registry?: string; name: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest };
}

function toFrom(
  ins: From,
  node: DockerfileInstruction,
  globalArgs: ReadonlyMap<string, string | undefined>,
  aliases: ReadonlySet<string>,
  toRange: (r: LspRange | null | undefined) => Range,
): DockerfileFrom {
  const raw = ins.getImage() ?? '';
  const { value: image, unresolved } = expandArgs(raw, globalArgs);
  const parts = parseImageRef(image);
  const platform = ins.getPlatformFlag()?.getValue() ?? undefined;
  return {
    instruction: node,
    raw,
    image,
    ...parts,
    alias: ins.getBuildStage() ?? undefined,
    platform,
    imageRange: toRange(ins.getImageRange()),
    stageRef: aliases.has(image.toLowerCase()),
    scratch: image === 'scratch',
    unresolved,
  };
}
