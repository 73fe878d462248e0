import type { ImageDoc } from '../../sources/image/index.js';
import type { AuditRule } from '../rule.js';
import configEnvSecret from './config-env-secret/rule.js';
import configNoHealthcheck from './config-no-healthcheck/rule.js';
import configRootUser from './config-root-user/rule.js';
import configSensitiveVolume from './config-sensitive-volume/rule.js';
import configSshPort from './config-ssh-port/rule.js';
import historyAdd from './history-add/rule.js';
import historyCurlPipeShell from './history-curl-pipe-shell/rule.js';
import historySecret from './history-secret/rule.js';
import historySudo from './history-sudo/rule.js';
import historyUpdateAlone from './history-update-alone/rule.js';
import layerCloudCredentials from './layer-cloud-credentials/rule.js';
import layerCredentialFile from './layer-credential-file/rule.js';
import layerDuplicateIds from './layer-duplicate-ids/rule.js';
import layerEmptyPassword from './layer-empty-password/rule.js';
import layerEnvFile from './layer-env-file/rule.js';
import layerPrivateKey from './layer-private-key/rule.js';
import layerSetuidFiles from './layer-setuid-files/rule.js';
import layerUnsafeEntry from './layer-unsafe-entry/rule.js';
import layerWorldWritable from './layer-world-writable/rule.js';

/** Rules over image archives: the image config, its build history, and the file system of its layers (IM001…). */
export const IMAGE_RULES: readonly AuditRule<ImageDoc, string>[] = [
  configRootUser,
  configNoHealthcheck,
  configEnvSecret,
  historySecret,
  configSshPort,
  configSensitiveVolume,
  historyAdd,
  historyUpdateAlone,
  historyCurlPipeShell,
  historySudo,
  layerSetuidFiles,
  layerPrivateKey,
  layerCredentialFile,
  layerEnvFile,
  layerCloudCredentials,
  layerEmptyPassword,
  layerDuplicateIds,
  layerWorldWritable,
  layerUnsafeEntry,
];
