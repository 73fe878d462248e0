import type { Location } from '../core/location.js';
import type {
  AssetInput,
  AttackerInput,
  BoundaryKind,
  Classification,
  ComponentKind,
  DecisionInput,
  MitigationInput,
  Properties,
  SourceKind,
} from './schema.js';

/**
 * A threat model after loading: references resolved to objects, derived facts (internet exposure, boundary
 * crossings, default encryption) computed once, and every element carrying the location of its YAML node.
 */
export interface ResolvedModel {
  uri: string;
  system: { name: string; description?: string; owner?: string };
  boundaries: ResolvedBoundary[];
  components: ResolvedComponent[];
  flows: ResolvedFlow[];
  assets: ResolvedAsset[];
  attackers: AttackerInput[];
  attackerLocations: (Location | undefined)[];
  mitigations: (MitigationInput & { location?: Location })[];
  decisions: (DecisionInput & { location?: Location })[];
}

export interface ResolvedAsset extends AssetInput {
  location?: Location;
}

export interface ResolvedBoundary {
  id: string;
  name: string;
  kind?: BoundaryKind;
  parent?: ResolvedBoundary;
  location?: Location;
}

export interface ResolvedComponent {
  elementType: 'component';
  id: string;
  name: string;
  kind: ComponentKind;
  tech?: string;
  /** The tech and its families, for `tech:` predicates. */
  techTags: readonly string[];
  boundary?: ResolvedBoundary;
  /** Innermost first. */
  boundaryChain: readonly ResolvedBoundary[];
  properties: Properties;
  /** Where each property is written in the model, for claims checked against evidence. */
  propertyLocations: Readonly<Record<string, Location>>;
  data: readonly ResolvedAsset[];
  inbound: ResolvedFlow[];
  outbound: ResolvedFlow[];
  /** Sits inside a boundary of kind `internet`. */
  inInternet: boolean;
  /** Declared internet-facing, or receives a flow from the internet. */
  internetFacing: boolean;
  /** Artifacts that implement the component. */
  sources: ResolvedSource[];
  location?: Location;
  order: number;
}

/** A linked artifact: its kind, its path as written and as resolved against the model's directory, and filters. */
export interface ResolvedSource {
  kind: SourceKind;
  /** As written in the model. */
  path: string;
  /** Relative to the working directory (joined with the model file's directory). */
  resolvedPath: string;
  service?: string;
  objectKind?: string;
  name?: string;
  namespace?: string;
  selector?: Readonly<Record<string, string>>;
  /** One container of the selected pods: the other containers' findings are not this component's. */
  container?: string;
  location?: Location;
}

export interface ResolvedFlow {
  elementType: 'flow';
  id: string;
  name: string;
  kind: 'flow';
  from: ResolvedComponent;
  to: ResolvedComponent;
  protocol?: string;
  port?: number;
  /** Explicit, else from the protocol; unknown counts as not encrypted. */
  encrypted: boolean;
  authenticated?: boolean;
  bidirectional: boolean;
  data: readonly ResolvedAsset[];
  /** The two ends sit in different innermost boundaries. */
  crossesBoundary: boolean;
  /** From a component in the internet to one outside it. */
  fromInternet: boolean;
  location?: Location;
  order: number;
}

export type ResolvedElement = ResolvedComponent | ResolvedFlow;

const ENCRYPTED_PROTOCOLS = new Set([
  'https',
  'tls',
  'mtls',
  'ssh',
  'sftp',
  'grpcs',
  'wss',
  'ldaps',
  'smtps',
  'imaps',
  'kube-api',
  'etcd-tls',
  'docker-api-tls',
  'ipsec',
  'wireguard',
]);
const PLAINTEXT_PROTOCOLS = new Set([
  'http',
  'ws',
  'ftp',
  'telnet',
  'smtp',
  'ldap',
  'syslog',
  'syslog-udp',
  'dns',
  'snmp',
  'docker-api',
  'etcd',
  'memcached',
  'redis',
]);

export function protocolEncryption(protocol: string | undefined): boolean | undefined {
  if (!protocol) return undefined;
  const p = protocol.toLowerCase();
  if (ENCRYPTED_PROTOCOLS.has(p)) return true;
  if (PLAINTEXT_PROTOCOLS.has(p)) return false;
  return undefined;
}

export const SENSITIVE_CLASSIFICATIONS: readonly Classification[] = [
  'pii',
  'payment',
  'credentials',
  'secret',
  'intellectual-property',
];
