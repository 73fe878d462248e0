import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Diagnostic } from '../core/diagnostics.js';
import type { ImageDoc } from '../sources/image/index.js';
import { ExitError } from './io.js';

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

interface ExitCodes {
  ok: number;
  findings: number;
  usage: number;
}

/** What `image digest` and `image verify` print about each image: the digests only, never file contents. */
function summary(image: ImageDoc) {
  return {
    uri: image.uri,
    format: image.format,
    repoTags: image.repoTags,
    repoDigests: image.repoDigests,
    digests: {
      config: image.digests.config,
      ...(image.digests.manifest ? { manifest: image.digests.manifest } : {}),
      ...(image.digests.index ? { index: image.digests.index } : {}),
    },
    layers: image.layers.map((l) => ({ digest: l.digest, diffId: l.diffId, compression: l.compression, size: l.size })),
  };
}

function digestLines(image: ImageDoc): string[] {
  const out = [`${image.uri}  (${image.format}${image.repoTags.length ? `, ${image.repoTags.join(', ')}` : ''})`];
  if (image.digests.manifest) out.push(`  manifest      ${image.digests.manifest}`);
  if (image.digests.index) out.push(`  index         ${image.digests.index}`);
  out.push(`  config        ${image.digests.config}  (image id)`);
  for (const r of image.repoDigests) out.push(`  repo digest   ${r}`);
  for (const l of image.layers) {
    out.push(
      `  layer ${String(l.index).padEnd(7)} ${l.diffId}${l.digest !== l.diffId ? `  (blob ${l.digest}, ${l.compression})` : ''}`,
    );
  }
  return out;
}

function diagnosticLines(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.severity}: ${d.message} [${d.code}]`).join('\n');
}

/** `stridebench image digest|verify`: the digests of an image archive, and the check of a pinned digest against them. */
export function registerImageCommand(program: Command, io: Io, exit: ExitCodes): void {
  const image = program
    .command('image')
    .description('digests of an image archive (docker save or OCI layout), and verification of a pinned digest');

  const read = async (archive: string) => {
    const { readImageFile } = await import('../sources/image/read.js');
    // Only hashes the layers: the digests do not need the file system.
    return readImageFile(resolve(io.cwd, archive), archive, { files: false });
  };

  image
    .command('digest')
    .description(
      'print the manifest, index, config (image id) and layer digests, checking each blob against its digest',
    )
    .argument('<archive>', 'image archive: docker save output or an OCI image layout, plain or gzip')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (archive: string, opts: { format: string }) => {
      const { images, diagnostics } = await read(archive);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (images.length === 0) {
        if (opts.format === 'json')
          io.stdout(`${JSON.stringify({ uri: archive, images: [], diagnostics }, null, 2)}\n`);
        throw new ExitError(diagnosticLines(diagnostics), exit.usage);
      }
      if (opts.format === 'json') {
        io.stdout(
          `${JSON.stringify({ uri: archive, images: images.map(summary), consistent: errors.length === 0, diagnostics }, null, 2)}\n`,
        );
      } else {
        io.stdout(`${images.flatMap(digestLines).join('\n')}\n`);
        io.stdout(
          errors.length === 0
            ? 'content: every blob matches its digest and every layer its diff id\n'
            : `content: does NOT match its digests\n${diagnosticLines(errors)}\n`,
        );
      }
      if (errors.length > 0) throw new ExitError('', exit.findings);
    });

  image
    .command('verify')
    .description(
      'exit 0 when the archive holds an image with this manifest, index or config digest and its content matches its digests; 1 when not; 2 when the archive cannot be read',
    )
    .argument('<archive>', 'image archive: docker save output or an OCI image layout, plain or gzip')
    .requiredOption('--digest <digest>', 'the expected digest: sha256:<64 hex>, or name@sha256:<64 hex>')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (archive: string, opts: { digest: string; format: string }) => {
      const { matchDigest, parseDigest } = await import('../sources/image/digest.js');
      const digest = parseDigest(opts.digest);
      if (!digest)
        throw new ExitError(`--digest ${opts.digest}: not a sha256 digest (sha256:<64 hex digits>)`, exit.usage);
      const { images, diagnostics } = await read(archive);
      if (images.length === 0) {
        if (opts.format === 'json')
          io.stdout(`${JSON.stringify({ uri: archive, digest, match: false, images: [], diagnostics }, null, 2)}\n`);
        throw new ExitError(diagnosticLines(diagnostics), exit.usage);
      }
      const errors = diagnostics.filter((d) => d.severity === 'error');
      const match = matchDigest(images, digest);
      const ok = match !== undefined && errors.length === 0;
      if (opts.format === 'json') {
        io.stdout(
          `${JSON.stringify(
            {
              uri: archive,
              digest,
              match: ok,
              ...(match ? { matched: { image: match.image.uri, kind: match.kind } } : {}),
              consistent: errors.length === 0,
              images: images.map(summary),
              diagnostics,
            },
            null,
            2,
          )}\n`,
        );
      } else if (ok && match) {
        const tags = match.image.repoTags.length ? ` (${match.image.repoTags.join(', ')})` : '';
        io.stdout(`OK: ${digest} is the ${match.kind} digest of ${match.image.uri}${tags}\n`);
      } else {
        const why = match
          ? `${digest} is the ${match.kind} digest of ${match.image.uri}, but the archive's content does not match its digests`
          : `${digest} is not the manifest, index or config digest of ${archive}`;
        io.stdout(`MISMATCH: ${why}\n${images.flatMap(digestLines).join('\n')}\n`);
        if (errors.length > 0) io.stdout(`${diagnosticLines(errors)}\n`);
      }
      if (!ok) throw new ExitError('', exit.findings);
    });
}
