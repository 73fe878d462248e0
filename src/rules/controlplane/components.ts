import {
  type Component,
  type ComponentProcess,
  type ControlPlaneDoc,
  type Flag,
  listValue,
  parseBool,
} from '../../sources/controlplane/index.js';
import type { RuleContext } from '../rule.js';

/**
 * Runs `check` on every process of the given components; the rule is `skipped` when the input runs none of them, so
 * a manifest without an API server never counts as evidence that the API server is configured well.
 */
export function eachComponent<M extends string>(
  ctx: RuleContext<M>,
  doc: ControlPlaneDoc,
  components: readonly Component[],
  check: (p: ComponentProcess) => void,
): void {
  const found = doc.components.filter((p) => components.includes(p.component));
  if (found.length === 0) {
    ctx.skip(`no ${components.join(' or ')} in this input`);
    return;
  }
  for (const p of found) check(p);
}

/**
 * Reports a flag that must name a file (a certificate, a key, a CA bundle) when it is missing or written without a
 * value. `missing` is reported at the container's command, `empty` at the flag.
 */
export function requireValue<M extends string>(
  ctx: RuleContext<M>,
  p: ComponentProcess,
  name: string,
  messages: { missing: M; empty: M },
): void {
  const f = p.flags.get(name);
  if (!f) ctx.report({ messageId: messages.missing, node: p.node, data: { owner: p.owner, flag: `--${name}` } });
  else if (f.value !== undefined && f.value.trim() === '')
    ctx.report({
      messageId: messages.empty,
      node: f.node,
      data: { owner: p.owner, flag: `--${name}` },
      evidence: f.text,
    });
}

/**
 * A boolean flag's effective value: as written (`undefined` when it is not a boolean), or the component's default
 * when the flag is absent. The whole result is `undefined` when the value comes from a reference the input does not
 * show (an etcd variable filled from a Secret): such a flag cannot be judged.
 */
export function boolFlag(
  p: ComponentProcess,
  name: string,
  defaultValue: boolean,
): { value: boolean | undefined; flag: Flag | undefined } | undefined {
  const flag = p.flags.get(name);
  if (!flag) return { value: defaultValue, flag };
  if (flag.value === undefined) return undefined;
  return { value: parseBool(flag.value), flag };
}

/**
 * Reports each process of `components` where a boolean flag that is off by default is not turned on: at the flag
 * when it is given another value, at the process when it is absent.
 */
export function reportFlagNotTrue(
  ctx: RuleContext<'default' | 'disabled'>,
  doc: ControlPlaneDoc,
  components: readonly Component[],
  name: string,
): void {
  eachComponent(ctx, doc, components, (p) => {
    const b = boolFlag(p, name, false);
    if (!b || b.value === true) return;
    if (!b.flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner, component: p.component } });
    else
      ctx.report({
        messageId: 'disabled',
        node: b.flag.node,
        data: { owner: p.owner, component: p.component, flag: b.flag.text },
        evidence: b.flag.text,
      });
  });
}

/** The plugins `--enable-admission-plugins` (or the older `--admission-control`) turns on. */
export function enabledAdmissionPlugins(p: ComponentProcess): { plugins: string[]; flag: Flag | undefined } {
  const flag = p.flags.get('enable-admission-plugins') ?? p.flags.get('admission-control');
  return { plugins: listValue(flag?.value), flag };
}

/**
 * Reports an admission plugin the API server does not enable: at `--enable-admission-plugins` when the flag lists
 * others, at the process itself when the flag is absent (the plugins these rules ask for are not on by default).
 */
export function reportPluginNotEnabled(
  ctx: RuleContext<'default' | 'notEnabled'>,
  p: ComponentProcess,
  plugin: string,
): void {
  const { plugins, flag } = enabledAdmissionPlugins(p);
  if (plugins.includes(plugin)) return;
  if (!flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner } });
  else
    ctx.report({
      messageId: 'notEnabled',
      node: flag.node,
      data: { owner: p.owner, flag: flag.text },
      evidence: flag.text,
    });
}

/** The plugins `--disable-admission-plugins` turns off. */
export function disabledAdmissionPlugins(p: ComponentProcess): { plugins: string[]; flag: Flag | undefined } {
  const flag = p.flags.get('disable-admission-plugins');
  return { plugins: listValue(flag?.value), flag };
}

/**
 * Cipher suites that keep forward secrecy and authenticated encryption: the union of kube-bench's lists for the API
 * server (CIS 1.2.29) and the kubelet (4.2.12) — ECDHE with AES-GCM or ChaCha20-Poly1305, and the TLS 1.3 suites.
 */
export const STRONG_CIPHER_SUITES: ReadonlySet<string> = new Set([
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
]);

/** True for an address only the node itself can reach. */
export function isLoopback(address: string): boolean {
  const host = address.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
