// Messages pass through the redactor, which masks what follows words such as "token", "auth" or "password". Flags
// and settings are quoted in parentheses at the end of a message so their values stay readable.
import { describe, expect, it } from 'vitest';
import { redact } from '../../core/redact.js';
import { KUBELET_RULES } from '../kubelet/index.js';
import { CONTROLPLANE_RULES } from './index.js';

const SAMPLES: Record<string, readonly string[]> = {
  owner: ['Pod kube-system/kube-apiserver-cp1'],
  component: ['kube-apiserver', 'kube-controller-manager'],
  flag: [
    '--anonymous-auth=true',
    '--token-auth-file=/etc/kubernetes/tokens.csv',
    '--authorization-mode=AlwaysAllow',
    '--tls-private-key-file=',
    '--service-account-lookup=false',
    '--enable-admission-plugins=NodeRestriction',
  ],
  kubelet: ['kubelet (10-kubeadm.conf, kubeadm-flags.env, config.yaml)', 'KubeletConfiguration in config.yaml'],
  setting: [
    'authentication.anonymous.enabled: true',
    '--anonymous-auth is not set, so it defaults to true',
    'authorization.mode: AlwaysAllow',
    'tlsPrivateKeyFile is not set',
  ],
  suites: ['TLS_RSA_WITH_AES_128_CBC_SHA'],
  name: ['EncryptionConfiguration (unnamed)'],
  resources: ['secrets', 'secrets, configmaps'],
  provider: ['aesgcm'],
  apiserver: ['Pod kube-system/kube-apiserver-cp1'],
};

describe('control-plane and kubelet rule messages', () => {
  for (const rule of [...CONTROLPLANE_RULES, ...KUBELET_RULES]) {
    it(`${rule.id} messages survive redaction`, () => {
      for (const template of Object.values<string>(rule.messages)) {
        const keys = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string);
        for (const key of keys) expect(SAMPLES[key], `sample for {{${key}}}`).toBeDefined();
        const variants = Math.max(1, ...keys.map((k) => SAMPLES[k]?.length ?? 1));
        for (let i = 0; i < variants; i++) {
          const text = template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
            const s = SAMPLES[k] ?? [];
            return s[i % s.length] ?? '';
          });
          expect(redact(text)).toBe(text);
        }
      }
    });
  }
});
