import type { Item, Known } from '../../sources/daemon/index.js';
import type { Report } from '../rule.js';

/**
 * Where a finding about a daemon setting is: the node that writes it (a daemon.json pair, a flag in a unit) when a
 * file shows it, and always its logical place (`dockerd` `icc`); what is written is the evidence.
 */
export function at<M extends string>(s: Known<unknown> | Item): Pick<Report<M>, 'node' | 'logical' | 'evidence'> {
  const written = 'from' in s ? (s.from === 'flag' || s.from === 'file' ? s.written : undefined) : s.written;
  return {
    ...(s.where.node ? { node: s.where.node } : {}),
    logical: s.where.logical,
    ...(written !== undefined ? { evidence: written } : {}),
  };
}
