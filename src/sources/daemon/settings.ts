import type { LogicalLocation } from '../../core/finding.js';
import type { SourceNode } from '../../core/location.js';
import type { DaemonDoc, DockerInfo } from './doc.js';
import { type DockerdFlag, parseBool } from './flags.js';
import { jsonEntryKeyNode, jsonItemNode, jsonPairNode, jsonRootNode } from './json.js';
import { optionOfKey } from './options.js';

/** Where a setting is: a node of a file (daemon.json, a unit) when one shows it, and always its logical place. */
export interface Where {
  node?: SourceNode;
  logical: LogicalLocation;
}

/**
 * A daemon setting and where its value comes from: the command line (which dockerd reads first and which cannot
 * also be in daemon.json), daemon.json, the running daemon (`docker info`, when neither shows it), or dockerd's
 * default. `unknown` when none can tell (a remote engine whose command line is not visible).
 */
export type Setting<T> =
  | {
      from: 'flag' | 'file' | 'info' | 'default';
      value: T;
      where: Where;
      /** What is written (`--icc=true`, `"icc": true`), or what says so (`the running daemon reports false`). */
      written: string;
      /** Set when the running daemon reports another value than the configuration gives (changed since start). */
      drift?: string;
    }
  | { from: 'unknown'; reason: string };

export type Known<T> = Exclude<Setting<T>, { from: 'unknown' }>;

/** The logical place of a daemon setting: `{ kind: 'daemon', name: 'dockerd', path: 'icc' }`. */
export function settingLocation(doc: DaemonDoc, key: string): LogicalLocation {
  return { kind: 'daemon', name: doc.name, path: key };
}

type Raw =
  | { from: 'flag'; flags: DockerdFlag[] }
  | { from: 'file'; value: unknown }
  | { from: 'none' }
  | { from: 'unknown'; reason: string };

function raw(doc: DaemonDoc, key: string, list: boolean): Raw {
  const option = optionOfKey(key);
  const flagName = option?.flag;
  if (doc.command && flagName) {
    const flags = list ? doc.command.flags.list(flagName) : [doc.command.flags.get(flagName)].filter((f) => f);
    if (flags.length > 0) return { from: 'flag', flags: flags as DockerdFlag[] };
  }
  if (doc.json && key in doc.json.value) return { from: 'file', value: doc.json.value[key] };
  if (doc.unseen.assume === 'unknown') return { from: 'unknown', reason: doc.unseen.reason };
  return { from: 'none' };
}

function fileWhere(doc: DaemonDoc, key: string): Where {
  return { node: doc.json ? jsonPairNode(doc.json, key) : undefined, logical: settingLocation(doc, key) };
}

/** Where a setting no source gives would be added: daemon.json's top level, else the command line. */
function unsetWhere(doc: DaemonDoc, key: string): Where {
  const node = doc.json ? jsonRootNode(doc.json) : doc.command?.node;
  return { ...(node ? { node } : {}), logical: settingLocation(doc, key) };
}

function flagWhere(doc: DaemonDoc, key: string, flag: DockerdFlag): Where {
  return { ...(flag.node ? { node: flag.node } : {}), logical: settingLocation(doc, key) };
}

function overlay<T>(
  doc: DaemonDoc,
  key: string,
  s: Known<T> | { from: 'unknown'; reason: string },
  fromInfo: ((info: DockerInfo) => T | undefined) | undefined,
  show: (v: T) => string,
): Setting<T> {
  // The extractor may also read what else the engine reported (the default bridge network).
  const running = fromInfo ? fromInfo(doc.info ?? {}) : undefined;
  if (running === undefined) return s;
  const said = `the running daemon reports ${show(running)}`;
  if (s.from === 'unknown' || s.from === 'default')
    return { from: 'info', value: running, where: unsetWhere(doc, key), written: said };
  if (show(s.value) === show(running)) return s;
  return { ...s, value: running, drift: `${s.written}, but the running daemon has ${show(running)}` };
}

/** A boolean setting. */
export function boolSetting(
  doc: DaemonDoc,
  key: string,
  fallback: boolean,
  fromInfo?: (info: DockerInfo) => boolean | undefined,
): Setting<boolean | undefined> {
  const r = raw(doc, key, false);
  let s: Setting<boolean | undefined>;
  if (r.from === 'flag') {
    const f = r.flags[0] as DockerdFlag;
    s = { from: 'flag', value: parseBool(f.value), where: flagWhere(doc, key, f), written: f.text };
  } else if (r.from === 'file') {
    s = {
      from: 'file',
      value: typeof r.value === 'boolean' ? r.value : undefined,
      where: fileWhere(doc, key),
      written: `"${key}": ${JSON.stringify(r.value)}`,
    };
  } else if (r.from === 'unknown') s = r;
  else s = { from: 'default', value: fallback, where: unsetWhere(doc, key), written: `${key} not set` };
  return overlay(doc, key, s, fromInfo, String);
}

/** A single-valued setting, as a string (`''` when empty). */
export function stringSetting(
  doc: DaemonDoc,
  key: string,
  fallback: string,
  fromInfo?: (info: DockerInfo) => string | undefined,
): Setting<string> {
  const r = raw(doc, key, false);
  let s: Setting<string>;
  if (r.from === 'flag') {
    const f = r.flags[0] as DockerdFlag;
    s = { from: 'flag', value: f.value, where: flagWhere(doc, key, f), written: f.text };
  } else if (r.from === 'file') {
    s = {
      from: 'file',
      value: typeof r.value === 'string' ? r.value : String(r.value ?? ''),
      where: fileWhere(doc, key),
      written: `"${key}": ${JSON.stringify(r.value)}`,
    };
  } else if (r.from === 'unknown') s = r;
  else s = { from: 'default', value: fallback, where: unsetWhere(doc, key), written: `${key} not set` };
  return overlay(doc, key, s, fromInfo, (v) => JSON.stringify(v));
}

/** One element of a list setting, with where it is written. */
export interface Item {
  text: string;
  where: Where;
  written: string;
}

/**
 * A list setting (`hosts`, `insecure-registries`, `storage-opts`): every occurrence of its flag, or the elements of
 * its daemon.json array (or the entries of an object, such as `default-ulimits`, as `name=value`).
 */
export function listSetting(
  doc: DaemonDoc,
  key: string,
  fromInfo?: (info: DockerInfo) => string[] | undefined,
): Setting<Item[]> {
  const r = raw(doc, key, true);
  let s: Setting<Item[]>;
  if (r.from === 'flag') {
    s = {
      from: 'flag',
      value: r.flags.map((f) => ({ text: f.value, where: flagWhere(doc, key, f), written: f.text })),
      where: flagWhere(doc, key, r.flags[0] as DockerdFlag),
      written: r.flags.map((f) => f.text).join(' '),
    };
  } else if (r.from === 'file') {
    const json = doc.json;
    const items: Item[] = [];
    if (Array.isArray(r.value) && json) {
      r.value.forEach((v, i) => {
        const text = typeof v === 'string' ? v : JSON.stringify(v);
        items.push({
          text,
          where: { node: jsonItemNode(json, key, i), logical: settingLocation(doc, key) },
          written: JSON.stringify(v),
        });
      });
    } else if (typeof r.value === 'object' && r.value !== null && json?.document) {
      for (const [k, v] of Object.entries(r.value)) {
        items.push({
          text: `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`,
          where: { node: jsonEntryKeyNode(json, key, k), logical: settingLocation(doc, key) },
          written: `"${k}": ${JSON.stringify(v)}`,
        });
      }
    }
    s = { from: 'file', value: items, where: fileWhere(doc, key), written: `"${key}": ${JSON.stringify(r.value)}` };
  } else if (r.from === 'unknown') s = r;
  else s = { from: 'default', value: [], where: unsetWhere(doc, key), written: `${key} not set` };
  const running = fromInfo ? fromInfo(doc.info ?? {}) : undefined;
  if (running === undefined) return s;
  const said = `the running daemon reports ${running.length ? running.join(', ') : 'none'}`;
  const asItems = (where: Where) => running.map((text) => ({ text, where, written: said }));
  if (s.from === 'unknown' || s.from === 'default') {
    const where = unsetWhere(doc, key);
    return { from: 'info', value: asItems(where), where, written: said };
  }
  const configured = s.value.map((i) => i.text);
  if (running.every((v) => configured.includes(v)) && configured.every((v) => running.includes(v))) return s;
  return { ...s, value: asItems(s.where), drift: `${s.written}, but ${said}` };
}

/** How a setting reads in a message: `--icc=true`, `"icc": true in daemon.json`, `not set (default true)`. */
export function describeSetting<T>(s: Known<T>, fallback?: string): string {
  switch (s.from) {
    case 'flag':
      return s.drift ?? `${s.written} on the command line`;
    case 'file':
      return s.drift ?? `${s.written} in daemon.json`;
    case 'info':
      return s.written;
    default:
      return `not set; dockerd's default is ${fallback ?? JSON.stringify(s.value)}`;
  }
}
