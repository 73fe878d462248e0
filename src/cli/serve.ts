import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { MODEL_FILE_NAMES } from '../model/files.js';
import { ExitError } from './io.js';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

interface ExitCodes {
  usage: number;
}

function parsePort(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535)
    throw new InvalidArgumentError('a port number from 0 to 65535 (0: any free port)');
  return n;
}

/** The model file that `serve [model]` names: a file, or a directory holding one of MODEL_FILE_NAMES. */
async function modelFile(path: string, cwd: string): Promise<string | undefined> {
  const full = resolve(cwd, path);
  const s = await stat(full).catch(() => undefined);
  if (s?.isFile()) return full;
  if (!s?.isDirectory()) return undefined;
  for (const name of MODEL_FILE_NAMES)
    if ((await stat(join(full, name)).catch(() => undefined))?.isFile()) return join(full, name);
  return undefined;
}

export function registerServeCommand(program: Command, io: Io, exit: ExitCodes): void {
  program
    .command('serve')
    .description('local web UI: edit the model, see its diagram, threats, evidence and plan live, record decisions')
    .argument('[model]', 'threat model file, or a directory holding threatmodel.yaml', '.')
    .option('-p, --port <port>', 'port on 127.0.0.1 (0: any free port)', parsePort, 0)
    .action(async (path: string, opts: { port: number }) => {
      const file = await modelFile(path, io.cwd);
      if (!file)
        throw new ExitError(
          `serve: no threat model at ${path} (a file, or a directory holding ${MODEL_FILE_NAMES.join(', ')}); stridebench init writes one`,
          exit.usage,
        );
      const { startWebServer } = await import('../web/server.js');
      let server: Awaited<ReturnType<typeof startWebServer>>;
      try {
        server = await startWebServer({ file, cwd: io.cwd, port: opts.port });
      } catch (err) {
        throw new ExitError(`serve: ${(err as Error).message}`, exit.usage);
      }
      io.stdout(
        `stridebench serves ${path} at\n\n  ${server.url}\n\nOnly this URL opens it (it carries the access token). Ctrl-C stops the server.\n`,
      );
      // Runs until interrupted. A save under way still ends with its rename: its file operations keep the process alive.
      await new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(done);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
