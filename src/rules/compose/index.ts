import type { ComposeDoc } from '../../sources/compose/index.js';
import type { AuditRule } from '../rule.js';
import databaseNetworkNotSegmented from './database-network-not-segmented/rule.js';
import databasePublished from './database-published/rule.js';
import plaintextHttpPublished from './plaintext-http-published/rule.js';
import privilegedBuild from './privileged-build/rule.js';
import securityOptIgnored from './security-opt-ignored/rule.js';

export const COMPOSE_RULES: readonly AuditRule<ComposeDoc, string>[] = [
  plaintextHttpPublished,
  databasePublished,
  databaseNetworkNotSegmented,
  privilegedBuild,
  securityOptIgnored,
];
