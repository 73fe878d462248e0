import { z } from 'zod';

/**
 * Threat model format v1. The TypeScript types and the published JSON Schema (schema/threat-model.schema.json) are
 * both derived from these definitions, so they cannot drift apart.
 */

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const Id = z.string().regex(ID_PATTERN, 'ids use letters, digits, ".", "_" and "-", and start with a letter or digit');

export const COMPONENT_KINDS = ['actor', 'process', 'service', 'datastore', 'external'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const BOUNDARY_KINDS = [
  'internet',
  'network',
  'dmz',
  'cloud',
  'organization',
  'host',
  'vm',
  'container',
  'cluster',
  'namespace',
  'node',
  'process',
  'device',
] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

export const CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'pii',
  'payment',
  'credentials',
  'secret',
  'intellectual-property',
  'logs',
  'configuration',
  'code',
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const AUTHENTICATION = [
  'none',
  'anonymous',
  'password',
  'mfa',
  'certificate',
  'token',
  'api-key',
  'sso',
] as const;

export const DECISION_STATUSES = ['open', 'mitigated', 'accepted', 'transferred', 'not-applicable'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const HOST_NAMESPACES = ['pid', 'ipc', 'network', 'uts', 'user'] as const;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const PropertiesSchema = z
  .strictObject({
    internetFacing: z.boolean().describe('Reachable from the internet.'),
    authentication: z.enum(AUTHENTICATION).describe('How callers authenticate to this component.'),
    adminInterface: z.boolean().describe('Exposes an administrative login, console or API.'),
    os: z.string().describe('Operating system, e.g. opensuse-leap.'),
    version: z.string().describe('Software version in use.'),
    runsAsRoot: z.boolean().describe('Claim: the process runs as root (uid 0).'),
    privileged: z.boolean().describe('Claim: runs as a privileged container (--privileged).'),
    rootless: z.boolean().describe('Claim: the container engine runs rootless.'),
    memoryLimit: z.boolean().describe('Claim: a memory limit is set.'),
    readOnlyRootFilesystem: z.boolean().describe('Claim: the root filesystem is mounted read-only.'),
    capabilitiesAdded: z.array(z.string()).describe('Linux capabilities added beyond the runtime default.'),
    dropsAllCapabilities: z.boolean().describe('Claim: all Linux capabilities are dropped (cap_drop: ALL).'),
    hostNamespaces: z.array(z.enum(HOST_NAMESPACES)).describe('Host namespaces shared with the container.'),
    sharesNamespaceWith: z.array(Id).describe('Components whose namespaces this one shares (e.g. a sidecar).'),
    mountsDockerSocket: z.boolean().describe('Claim: /var/run/docker.sock is mounted inside.'),
    auditLogging: z.boolean().describe('Claim: security-relevant actions are written to an audit log.'),
    encryptedAtRest: z.boolean().describe('Claim: stored data is encrypted at rest.'),
    publicImages: z.boolean().describe('Pulls images from public registries.'),
    multiTenant: z.boolean().describe('Shared by several teams or customers.'),
    criticalInfrastructure: z.boolean().describe('Part of critical infrastructure.'),
    managed: z.boolean().describe('Operated by a cloud provider (managed control plane or service).'),
  })
  .partial()
  .describe('Facts and claims about a component. Claims are checked against evidence when artifacts are linked.');

export const SystemSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  owner: z.string().optional(),
  tags: z.array(z.string()).optional(),
});

export const BoundarySchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(BOUNDARY_KINDS).optional().describe('What separates the inside from the outside.'),
  parent: Id.optional().describe('The enclosing boundary.'),
  description: z.string().optional(),
});

/** The artifact kinds a component can link to. */
export const SOURCE_KINDS = ['dockerfile', 'image', 'compose', 'kubernetes', 'kubelet', 'daemon'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SourceSchema = z
  .strictObject({
    dockerfile: z.string().min(1).optional().describe('A Dockerfile.'),
    image: z.string().min(1).optional().describe('An image tarball (docker save or OCI layout).'),
    compose: z.string().min(1).optional().describe('A compose file; with `service`, one of its services.'),
    service: z.string().min(1).optional().describe('With `compose`: the service this component is.'),
    kubernetes: z.string().min(1).optional().describe('A manifest file or a directory of manifests.'),
    kind: z.string().min(1).optional().describe('With `kubernetes`: only objects of this kind.'),
    name: z.string().min(1).optional().describe('With `kubernetes`: only objects with this name.'),
    namespace: z.string().min(1).optional().describe('With `kubernetes`: only objects in this namespace.'),
    selector: z
      .record(z.string(), z.string())
      .optional()
      .describe('With `kubernetes`: only objects (or pod templates) carrying these labels.'),
    container: z
      .string()
      .min(1)
      .optional()
      .describe(
        "With `kubernetes`: one container (or init container) of the selected pods; the pod's own settings still count, its other containers' do not.",
      ),
    kubelet: z.string().min(1).optional().describe('A KubeletConfiguration file or kubelet flags file.'),
    daemon: z.string().min(1).optional().describe("A Docker daemon's daemon.json."),
  })
  .describe(
    'An artifact that implements the component, audited by `stridebench check`. Paths are relative to the model file.',
  );

export const ComponentSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(COMPONENT_KINDS),
  tech: z.string().optional().describe('Technology, e.g. nginx, postgres, docker-daemon, kube-apiserver.'),
  boundary: Id.optional().describe('The innermost trust boundary the component sits in.'),
  description: z.string().optional(),
  data: z.array(Id).optional().describe('Assets this component stores or processes.'),
  properties: PropertiesSchema.optional(),
  sources: z.array(SourceSchema).optional().describe('Artifacts that implement the component: what `check` audits.'),
  tags: z.array(z.string()).optional(),
});

export const FlowSchema = z.strictObject({
  id: Id.optional().describe('Defaults to "<from>-<to>" (plus "-<port>" when a port is given).'),
  name: z.string().optional(),
  from: Id,
  to: Id,
  protocol: z.string().optional().describe('e.g. http, https, tls, tcp, postgres, syslog, docker-api, kube-api.'),
  port: z.int().min(0).max(65535).optional(),
  encrypted: z.boolean().optional().describe('Defaults from the protocol (https, tls, ssh... are encrypted).'),
  authenticated: z.boolean().optional(),
  data: z.array(Id).optional().describe('Assets carried by the flow.'),
  bidirectional: z.boolean().optional(),
  description: z.string().optional(),
});

export const AssetSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  classification: z.enum(CLASSIFICATIONS),
  description: z.string().optional(),
});

export const AttackerSchema = z
  .strictObject({
    use: z.string().optional().describe('A profile from the built-in library, e.g. cryptominer.'),
    id: Id.optional(),
    name: z.string().optional(),
    description: z.string().optional(),
    motivation: z.string().optional(),
    goals: z.array(z.string()).optional(),
    methods: z.array(z.string()).optional(),
  })
  .describe('Either `use: <library id>` or a profile of your own with id, name, goals and methods.');

export const MitigationSchema = z.strictObject({
  id: Id,
  title: z.string().min(1),
  description: z.string().optional(),
  controls: z.array(z.string()).optional().describe('Control ids this mitigation implements.'),
  threats: z.array(z.string()).optional().describe('Threat ids ("RULE@element") or rule ids it addresses.'),
  status: z.enum(['planned', 'implemented']).optional(),
});

export const DecisionSchema = z.strictObject({
  threat: z.string().min(1).describe('Threat id, "<rule id>@<element id>".'),
  status: z.enum(DECISION_STATUSES),
  justification: z.string().optional(),
  owner: z.string().optional(),
  expires: IsoDate.optional().describe('After this date the decision lapses and the threat is open again.'),
});

export const ThreatModelSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).describe('Format version.'),
    system: SystemSchema,
    boundaries: z.array(BoundarySchema).optional(),
    components: z.array(ComponentSchema),
    flows: z.array(FlowSchema).optional(),
    assets: z.array(AssetSchema).optional(),
    attackers: z.array(AttackerSchema).optional(),
    mitigations: z.array(MitigationSchema).optional(),
    decisions: z.array(DecisionSchema).optional(),
  })
  .meta({ title: 'stridebench threat model v1' });

export type ThreatModelInput = z.infer<typeof ThreatModelSchema>;
export type Properties = z.infer<typeof PropertiesSchema>;
export type ComponentInput = z.infer<typeof ComponentSchema>;
export type FlowInput = z.infer<typeof FlowSchema>;
export type BoundaryInput = z.infer<typeof BoundarySchema>;
export type AssetInput = z.infer<typeof AssetSchema>;
export type AttackerInput = z.infer<typeof AttackerSchema>;
export type MitigationInput = z.infer<typeof MitigationSchema>;
export type DecisionInput = z.infer<typeof DecisionSchema>;
export type SourceInput = z.infer<typeof SourceSchema>;

export function threatModelJsonSchema(): object {
  return z.toJSONSchema(ThreatModelSchema, { target: 'draft-2020-12', io: 'input' });
}
