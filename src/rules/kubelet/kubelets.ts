import {
  type Kubelet,
  type KubeletDoc,
  type KubeletSetting,
  type Resolved,
  resolveSetting,
} from '../../sources/kubelet/index.js';
import type { RuleContext } from '../rule.js';

export type Known<T> = Exclude<Resolved<T>, { from: 'unknown' }>;

/**
 * Resolves a setting on every kubelet of the input (flag, else config file, else default) and hands the known ones to
 * `check`. The rule is `skipped` when the input has no kubelet, or when no kubelet's setting can be known from the
 * input (it is read from a config file the input does not include) — an unseen file never counts as the default.
 */
export function eachSetting<T, M extends string>(
  ctx: RuleContext<M>,
  doc: KubeletDoc,
  setting: KubeletSetting<T>,
  check: (r: Known<T>, kubelet: Kubelet) => void,
): void {
  if (doc.kubelets.length === 0) {
    ctx.skip('no kubelet configuration in this input');
    return;
  }
  let unknown: string | undefined;
  let known = 0;
  for (const kubelet of doc.kubelets) {
    const r = resolveSetting(kubelet, setting);
    if (r.from === 'unknown') unknown = r.reason;
    else {
      known++;
      check(r, kubelet);
    }
  }
  if (known === 0 && unknown) ctx.skip(`cannot be judged: ${unknown}`);
}

/** How a resolved setting reads in a message: what is written, or that it is unset and what that means. */
export function describe<T>(r: Known<T>, shown: (v: T | undefined) => string = (v) => String(v)): string {
  return r.from === 'default' ? `${r.name} is not set, so it defaults to ${shown(r.value)}` : r.written;
}
