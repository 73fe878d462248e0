import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Docker's own default: the CLI talks to this socket when neither `-H` nor DOCKER_HOST says otherwise. */
export const DEFAULT_SOCKET = '/var/run/docker.sock';

/** Where the engine is and how to reach it. */
export type Endpoint =
  | { kind: 'unix'; path: string; uri: string }
  | {
      kind: 'tcp';
      host: string;
      port: number;
      uri: string;
      /** Always set: a tcp endpoint is only ever used over TLS with the server's certificate verified. */
      tls: { ca: Buffer; cert?: Buffer; key?: Buffer };
    };

export interface EndpointOptions {
  /** `unix:///path`, `tcp://host:port` (`https://` is read as tcp); default DOCKER_HOST, then the standard socket. */
  host?: string;
  /** TLS files, as `docker --tlscacert/--tlscert/--tlskey` name them; each implies TLS. */
  tlsCaCert?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** DOCKER_HOST, DOCKER_CERT_PATH, DOCKER_TLS_VERIFY and HOME are read from here; `process.env` when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Relative TLS file paths are resolved against this. */
  cwd?: string;
}

export type EndpointProblem = { code: 'engine-config' | 'engine-insecure'; message: string };

/**
 * Resolves the endpoint the way the docker CLI does (option, then DOCKER_HOST, then the standard socket), with one
 * difference on purpose: a tcp endpoint without TLS is refused. The Engine API on plain tcp lets anyone who reaches
 * the port start a privileged container, so stridebench neither uses nor normalises one (CIS Docker 2.7).
 */
export function resolveEndpoint(options: EndpointOptions = {}): { endpoint: Endpoint } | { problem: EndpointProblem } {
  const env = options.env ?? process.env;
  const given = options.host?.trim() || env.DOCKER_HOST?.trim() || `unix://${DEFAULT_SOCKET}`;
  const from = options.host?.trim() ? '' : env.DOCKER_HOST?.trim() ? ' (from DOCKER_HOST)' : '';
  const config = (message: string) => ({ problem: { code: 'engine-config' as const, message } });

  if (given.startsWith('/')) return { endpoint: { kind: 'unix', path: given, uri: `unix://${given}` } };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(given)?.[1]?.toLowerCase();
  if (scheme === 'unix') {
    const path = given.slice('unix://'.length) || DEFAULT_SOCKET;
    if (!path.startsWith('/')) return config(`${given}${from}: a unix endpoint needs an absolute socket path`);
    return { endpoint: { kind: 'unix', path, uri: `unix://${path}` } };
  }
  if (scheme === 'ssh' || scheme === 'npipe' || scheme === 'fd')
    return config(
      `${given}${from}: ${scheme}:// endpoints are not supported; use unix:///path or tcp://host:port with TLS`,
    );
  if (scheme !== undefined && scheme !== 'tcp' && scheme !== 'https' && scheme !== 'http')
    return config(`${given}${from}: not an engine endpoint; use unix:///path or tcp://host:port`);
  let url: URL;
  try {
    url = new URL(scheme === undefined ? `tcp://${given}` : given.replace(/^(https?):/i, 'tcp:'));
  } catch {
    return config(`${given}${from}: not an engine endpoint; use unix:///path or tcp://host:port`);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) return config(`${given}${from}: no host name`);
  const port = url.port ? Number(url.port) : 2376;
  const uri = `tcp://${url.host}${url.port ? '' : ':2376'}`;

  const certPath = env.DOCKER_CERT_PATH?.trim() || join(env.HOME?.trim() || homedir(), '.docker');
  const explicit = Boolean(options.tlsCaCert || options.tlsCert || options.tlsKey);
  const fromEnv = !explicit && (Boolean(env.DOCKER_TLS_VERIFY?.trim()) || Boolean(env.DOCKER_CERT_PATH?.trim()));
  if (!explicit && !fromEnv)
    return {
      problem: {
        code: 'engine-insecure',
        message: `${uri}${from}: refusing to use a tcp endpoint without TLS. Whoever reaches an unprotected Engine API is root on the host (CIS Docker 2.7); give the daemon's CA and a client certificate with --tlscacert, --tlscert and --tlskey, or set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH`,
      },
    };
  const file = (path: string) => resolve(options.cwd ?? process.cwd(), path);
  const files = explicit
    ? {
        ca: options.tlsCaCert && file(options.tlsCaCert),
        cert: options.tlsCert && file(options.tlsCert),
        key: options.tlsKey && file(options.tlsKey),
      }
    : { ca: join(certPath, 'ca.pem'), cert: join(certPath, 'cert.pem'), key: join(certPath, 'key.pem') };
  if (!files.ca)
    return config(`${uri}: --tlscacert is needed to verify the daemon's certificate (stridebench always verifies it)`);
  if (Boolean(files.cert) !== Boolean(files.key)) return config(`${uri}: --tlscert and --tlskey go together`);
  const read = (path: string, what: string): Buffer | string => {
    try {
      return readFileSync(path);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return `${uri}: cannot read the ${what} ${path}: ${e.code === 'ENOENT' ? 'no such file' : (e.code ?? e.message)}`;
    }
  };
  const ca = read(files.ca, 'CA certificate');
  if (typeof ca === 'string') return config(ca);
  // Checked here, not at the first connection: Node takes an unreadable CA without a word and then trusts nothing.
  try {
    new X509Certificate(ca);
  } catch {
    return config(`${uri}: ${files.ca} is not a PEM certificate (--tlscacert)`);
  }
  const tls: { ca: Buffer; cert?: Buffer; key?: Buffer } = { ca };
  if (files.cert && files.key) {
    // From DOCKER_CERT_PATH the client pair may be absent, as for the docker CLI: a daemon without --tlsverify asks
    // for none. Named on the command line, both must be there.
    const cert = read(files.cert, 'client certificate');
    const key = read(files.key, 'client key');
    const missing = typeof cert === 'string' && typeof key === 'string';
    if (!(missing && !explicit)) {
      if (typeof cert === 'string') return config(cert);
      if (typeof key === 'string') return config(key);
      try {
        new X509Certificate(cert);
        createPrivateKey(key);
      } catch {
        return config(`${uri}: ${files.cert} and ${files.key} are not a PEM certificate and private key`);
      }
      tls.cert = cert;
      tls.key = key;
    }
  }
  return { endpoint: { kind: 'tcp', host, port, uri, tls } };
}
