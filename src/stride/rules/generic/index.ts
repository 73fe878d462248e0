import type { ThreatRule } from '../../rule.js';
import cleartextAuthentication from './cleartext-authentication/rule.js';
import datastoreResourceExhaustion from './datastore-resource-exhaustion/rule.js';
import defaultCredentials from './default-credentials/rule.js';
import exposedHostKnownVulnerabilities from './exposed-host-known-vulnerabilities/rule.js';
import internetExposedDatastore from './internet-exposed-datastore/rule.js';
import localLogsOnly from './local-logs-only/rule.js';
import logFlooding from './log-flooding/rule.js';
import logInjection from './log-injection/rule.js';
import logTransportWithoutIntegrity from './log-transport-without-integrity/rule.js';
import messageQueueFlooding from './message-queue-flooding/rule.js';
import missingAuditLogging from './missing-audit-logging/rule.js';
import plaintextSensitiveFlow from './plaintext-sensitive-flow/rule.js';
import rootProcessExposed from './root-process-exposed/rule.js';
import secretsInConfiguration from './secrets-in-configuration/rule.js';
import udpReflectionAmplification from './udp-reflection-amplification/rule.js';
import unauthenticatedDatastoreAccess from './unauthenticated-datastore-access/rule.js';
import unauthenticatedExternalCallback from './unauthenticated-external-callback/rule.js';
import unencryptedDatastoreAtRest from './unencrypted-datastore-at-rest/rule.js';
import unprotectedCodeOrConfigTransfer from './unprotected-code-or-config-transfer/rule.js';

/** Threats of any system, whatever it runs on. In id order. */
export const GENERIC_RULES: readonly ThreatRule[] = [
  unauthenticatedDatastoreAccess,
  cleartextAuthentication,
  unauthenticatedExternalCallback,
  unprotectedCodeOrConfigTransfer,
  logInjection,
  missingAuditLogging,
  logTransportWithoutIntegrity,
  localLogsOnly,
  plaintextSensitiveFlow,
  unencryptedDatastoreAtRest,
  internetExposedDatastore,
  secretsInConfiguration,
  datastoreResourceExhaustion,
  logFlooding,
  udpReflectionAmplification,
  messageQueueFlooding,
  rootProcessExposed,
  defaultCredentials,
  exposedHostKnownVulnerabilities,
];
