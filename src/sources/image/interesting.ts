import { baseName } from './paths.js';

/** Bytes kept of each file the rules read. */
export const CONTENT_CAP = 64 * 1024;
/** Bytes kept over all files of one archive; later files keep their metadata only. */
export const TOTAL_CONTENT_CAP = 16 * 1024 * 1024;

const ACCOUNT_FILES = new Set(['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow']);

/** File names whose content the secret and credential rules look at. */
const NAMES = new Set([
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519',
  'identity',
  'credentials',
  'credentials.json',
  'credential.json',
  'application_default_credentials.json',
  'accesstokens.json',
  'msal_token_cache.json',
  'service-account.json',
  'keyfile.json',
  '.git-credentials',
  '.netrc',
  '_netrc',
  '.npmrc',
  '.yarnrc.yml',
  '.pypirc',
  '.pgpass',
  '.dockercfg',
  '.boto',
  '.s3cfg',
  '.htpasswd',
]);
const EXTENSIONS = ['.pem', '.key', '.ppk', '.private_key', '.secret'];
const PATH_SUFFIXES = ['/.docker/config.json', '/.kube/config', '/.aws/config', '/.config/gcloud/credentials.db'];

/** `.env`, `.env.production`; not the templates (`.env.example`). */
export function isEnvFileName(name: string): boolean {
  return /^\.env(\.[^/]+)?$/.test(name) && !/\.(example|sample|template|dist|defaults?|tmpl|schema)$/i.test(name);
}

/** The account files: their content is kept even once the total budget is spent. */
export function isAccountFile(path: string): boolean {
  return ACCOUNT_FILES.has(path);
}

/** Whether the reader keeps the first bytes of this file for the rules. */
export function isInteresting(path: string): boolean {
  if (ACCOUNT_FILES.has(path)) return true;
  const name = baseName(path);
  const lower = name.toLowerCase();
  if (NAMES.has(lower) || isEnvFileName(name)) return true;
  if (/^id_(rsa|dsa|ecdsa|ed25519)(?!.*\.pub$)/.test(name)) return true;
  if (EXTENSIONS.some((e) => lower.endsWith(e))) return true;
  // Google Cloud key files get any name; these are the usual ones.
  if (lower.endsWith('.json') && /service.?account|sa[-_.]?key|[-_]sa\.json$|gcp|gcloud|credential|keyfile/.test(lower))
    return true;
  return PATH_SUFFIXES.some((s) => path.endsWith(s));
}
