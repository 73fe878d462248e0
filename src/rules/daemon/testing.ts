// Parsers for testing daemon rules with exact spans (not part of the build): a daemon.json alone, or the files that
// give dockerd its command line, optionally followed by `# file: daemon.json` and the daemon.json it reads.
import {
  buildDaemonDoc,
  type DaemonDoc,
  dockerdArgs,
  parseDaemonJson,
  parseDockerdCommandFile,
} from '../../sources/daemon/index.js';
import { composeFiles, type Parser } from '../testing.js';

/** daemon.json audited alone: what it does not set takes dockerd's defaults. */
export const daemonJsonParser: Parser<DaemonDoc> = {
  uri: 'daemon.json',
  parse(text, uri) {
    return buildDaemonDoc({ target: uri, json: parseDaemonJson(text, uri).json });
  },
};

/** A docker.service unit (or a shell command line), with the daemon.json after `# file: daemon.json`. */
export const dockerdCommandParser: Parser<DaemonDoc> = {
  uri: 'docker.service',
  parse(text, uri) {
    const [[, unitText = ''] = [], [jsonName, jsonText] = []] = [...composeFiles(text)];
    const args = dockerdArgs([parseDockerdCommandFile(unitText, uri)]);
    return buildDaemonDoc({
      target: uri,
      command: { args: args.args, from: uri, ...(args.node ? { node: args.node } : {}) },
      ...(jsonName ? { json: parseDaemonJson(jsonText ?? '', jsonName).json } : {}),
    });
  },
};
