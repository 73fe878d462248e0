import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'device'>({
  id: 'RT026',
  name: 'host-devices',
  source: 'runtime',
  meta: {
    title: 'Host device exposed',
    severity: 'medium',
    description:
      'A host device is passed into the container (compose `devices`, `docker run --device`). Block devices give raw access to host disks, bypassing every file permission (`/dev/sda`); others reach kernel drivers that were never meant for untrusted input (`/dev/mem`, `/dev/kmsg`, GPU and USB drivers). The CIS Docker Benchmark (5.18) asks for devices to be exposed only when needed and with the narrowest permissions (`:r` instead of the default `rwm`). Kubernetes exposes devices through device plugins, outside the pod spec; host paths under /dev are reported by RT020.',
    remediation:
      'Remove the device, or pass only the one needed with the narrowest permissions (`/dev/snd:/dev/snd:r`); suppress the finding with the reason for hardware-bound services.',
    references: ['https://docs.docker.com/reference/compose-file/services/#devices'],
    frameworks: { 'cis-docker-1.6.0': ['5.18'] },
    aliases: { 'docker-bench': ['5.18'] },
    stride: ['elevation-of-privilege', 'tampering', 'information-disclosure'],
  },
  messages: {
    device: '{{container}} gets the host device {{device}}.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['compose', 'docker'] }))
      for (const d of r.devices)
        ctx.report({ messageId: 'device', node: d.node, data: { ...who(r), device: d.value } });
  },
});
