import type { Location, Range } from './location.js';
import type { Severity } from './severity.js';

/** How a check ended. `error` means the rule itself failed: it is never read as a pass. */
export const CHECK_STATES = ['pass', 'fail', 'manual', 'skipped', 'error'] as const;
export type CheckState = (typeof CHECK_STATES)[number];

/** Where a live finding is: a container, an image, a daemon setting — never an invented line. */
export interface LogicalLocation {
  kind: 'container' | 'image' | 'daemon' | 'host' | 'cluster' | 'resource';
  name: string;
  /** e.g. `HostConfig.Privileged` */
  path?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The input the finding is about: a file path as given, or a live target. */
  target: string;
  location?: Location;
  logicalLocation?: LogicalLocation;
  /** Set when an inline `stridebench:ignore` comment covers the finding: reported, never dropped. */
  suppressed?: { reason: string; location?: Location };
  /** The offending text, with secrets redacted. */
  evidence?: string;
}

export interface CheckResult {
  ruleId: string;
  target: string;
  state: CheckState;
  /** Why a check was skipped or errored. */
  message?: string;
}

/** What a rule reports: a node's offsets in its source. The runner turns them into a Location. */
export interface ReportedRange {
  range: Range;
}
