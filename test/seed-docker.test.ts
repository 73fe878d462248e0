import { describe, expect, it } from 'vitest';
import { loadModelFile } from '../src/model/load.js';
import { generateThreats } from '../src/stride/engine.js';
import { THREAT_RULES } from '../src/stride/rules/index.js';

/**
 * Every Docker threat the seed course names ("What Could Go Wrong?", "Evaluating Docker Client/Host/Registry Using
 * STRIDE", "Solution: Threat Model Docker with STRIDE" and the hardening sections), the rule that must produce it and
 * the element of examples/docker it must land on.
 */
const SEED_THREATS: readonly [phrase: string, ruleId: string, elementId: string][] = [
  // Docker client
  [
    'Client traffic from the Docker client to the Docker daemon or registry could be spoofed, or intercepted by a malicious party and replayed',
    'T-DKR-001',
    'docker-api',
  ],
  [
    'An attacker gets control of the Docker client. This could lead to tampering of the Dockerfile',
    'T-DKR-002',
    'docker-client',
  ],
  [
    'Once the client is compromised, the attacker may use it to make changes that are not legitimate',
    'T-DKR-003',
    'docker-client',
  ],
  [
    'The client may expose sensitive information such as secrets that are hardcoded in configuration files',
    'T-DKR-004',
    'docker-client',
  ],
  ['Excessive traffic from the client could overwhelm the daemon', 'T-DKR-005', 'dockerd'],
  [
    'If the Docker client is compromised, you should assume the attacker has privileged access to the host (client authorization abuse)',
    'T-DKR-006',
    'docker-client',
  ],
  [
    'When a Dockerfile does not specify a user, it defaults to executing the container using the root user',
    'T-DKR-007',
    'app',
  ],
  // Docker host
  [
    "A sidecar container has intentional access to the primary container's namespace and may spoof the namespace used by the primary container",
    'T-DKR-015',
    'sidecar',
  ],
  ['Daemon configuration may be tampered with by a compromised client', 'T-DKR-008', 'dockerd'],
  ['A user may make changes to the daemon that are not legitimate', 'T-DKR-010', 'dockerd'],
  ['The Docker host file system may be misconfigured, exposing sensitive information', 'T-DKR-011', 'host-os'],
  ['Daemon memory for the running container may be over-allocated', 'T-DKR-017', 'app'],
  [
    'By default, a container can use all of the memory on the host; one container consumes all of the host’s resources',
    'T-DKR-017',
    'sidecar',
  ],
  [
    'Daemon privilege may be escalated if a user name is not defined and the container runs as root, which gives access to any other container on the same host',
    'T-DKR-014',
    'dockerd',
  ],
  ['Use of --privileged flag: container breakout', 'T-DKR-018', 'sidecar'],
  [
    'In the default capability set provided by Docker, the new_raw capability can give an attacker the ability to create spoofed network traffic',
    'T-DKR-016',
    'app',
  ],
  [
    'The TLS CA certificate file should be protected from any tampering; it must be owned and group-owned by root',
    'T-DKR-009',
    'dockerd',
  ],
  // Docker registry
  [
    'Authenticity of images: an image may be spoofed with malicious images; an attacker may introduce a spoofed image to the Docker Hub (DCT as anti-spoofing control)',
    'T-DKR-022',
    'dockerd',
  ],
  [
    'Container image may be tampered with, leading to supply chain injections: malicious images in the registry, malicious open source libraries',
    'T-DKR-023',
    'docker-hub',
  ],
  ['Malicious images may be committed without authorization by an attacker', 'T-DKR-025', 'registry'],
  ['Sensitive data such as secrets may be left in the container image and exposed at runtime', 'T-DKR-026', 'registry'],
  ['Docker distribution may not properly restrict the amount of content accepted by a user', 'T-DKR-027', 'registry'],
  [
    'Container image permissions may be elevated using the --privileged flag. Image libraries may contain security flaws',
    'T-DKR-028',
    'app',
  ],
  [
    'Intercepting communication between the Docker client/daemon and Docker Hub may allow an attacker to modify the image (man in the middle; image digest)',
    'T-DKR-024',
    'pull-public-images',
  ],
];

describe('seed example: Docker client, host and registry', async () => {
  const { model, diagnostics } = await loadModelFile('examples/docker', { today: '2026-01-01' });
  const result = model ? generateThreats(model, THREAT_RULES, { today: '2026-01-01' }) : undefined;
  const threatIds = new Set(result?.threats.map((t) => t.id));

  it('loads without error diagnostics', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model).toBeDefined();
  });

  it('generates threats without rule errors', () => {
    expect(result?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(SEED_THREATS)('%s → %s on %s', (_phrase, ruleId, elementId) => {
    expect(threatIds.has(`${ruleId}@${elementId}`), [...threatIds].join('\n')).toBe(true);
  });

  it('keeps the number of threats per element modest', () => {
    if (!model || !result) return;
    const elements = model.components.length + model.flows.length;
    expect(result.threats.length / elements).toBeLessThanOrEqual(8);
  });
});
