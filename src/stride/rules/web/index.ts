import type { ThreatRule } from '../../rule.js';
import cardDataInLogs from './card-data-in-logs/rule.js';
import cardTesting from './card-testing/rule.js';
import clientSidePriceTampering from './client-side-price-tampering/rule.js';
import forwardedHeaderSpoofing from './forwarded-header-spoofing/rule.js';
import httpRequestSmuggling from './http-request-smuggling/rule.js';
import identityTokenForgery from './identity-token-forgery/rule.js';
import internetExposedAdminInterface from './internet-exposed-admin-interface/rule.js';
import loadBalancerNotDdosProtection from './load-balancer-not-ddos-protection/rule.js';
import nosqlInjection from './nosql-injection/rule.js';
import passwordLoginCredentialStuffing from './password-login-credential-stuffing/rule.js';
import paymentDisputeRepudiation from './payment-dispute-repudiation/rule.js';
import plaintextHttpSpoofing from './plaintext-http-spoofing/rule.js';
import sessionHijackRepudiation from './session-hijack-repudiation/rule.js';
import slowHttpExhaustion from './slow-http-exhaustion/rule.js';
import sqlDatabaseCommandExecution from './sql-database-command-execution/rule.js';
import sqlInjection from './sql-injection/rule.js';
import unauditedAdminActions from './unaudited-admin-actions/rule.js';
import verticalPrivilegeEscalation from './vertical-privilege-escalation/rule.js';
import webServerInformationLeakage from './web-server-information-leakage/rule.js';

/** Threats of web systems: web servers, load balancers, applications, SQL databases, payments, logins. In id order. */
export const WEB_RULES: readonly ThreatRule[] = [
  plaintextHttpSpoofing,
  passwordLoginCredentialStuffing,
  forwardedHeaderSpoofing,
  identityTokenForgery,
  sqlInjection,
  nosqlInjection,
  clientSidePriceTampering,
  httpRequestSmuggling,
  sessionHijackRepudiation,
  paymentDisputeRepudiation,
  unauditedAdminActions,
  cardDataInLogs,
  webServerInformationLeakage,
  loadBalancerNotDdosProtection,
  slowHttpExhaustion,
  cardTesting,
  verticalPrivilegeEscalation,
  internetExposedAdminInterface,
  sqlDatabaseCommandExecution,
];
