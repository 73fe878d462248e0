/**
 * Users and groups from the host's own /etc/passwd and /etc/group. Owners are named from these files, not from the
 * auditing process's user database: run from a container, `stat -c %U` names host uids after the container's
 * users (docker-bench's mistake when run as its image).
 */
export interface Accounts {
  users: Map<number, string>;
  groups: Map<number, string>;
  /** Group name → gid and listed members. */
  byGroupName: Map<string, { gid: number; members: string[] }>;
  /** User name → primary gid. */
  primaryGid: Map<string, number>;
  userId: Map<string, number>;
}

export function parseAccounts(passwd: string | undefined, group: string | undefined): Accounts {
  const a: Accounts = {
    users: new Map(),
    groups: new Map(),
    byGroupName: new Map(),
    primaryGid: new Map(),
    userId: new Map(),
  };
  for (const line of (passwd ?? '').split('\n')) {
    const [name, , uid, gid] = line.split(':');
    if (!name || name.startsWith('#') || uid === undefined || !/^\d+$/.test(uid)) continue;
    if (!a.users.has(Number(uid))) a.users.set(Number(uid), name);
    a.userId.set(name, Number(uid));
    if (gid !== undefined && /^\d+$/.test(gid)) a.primaryGid.set(name, Number(gid));
  }
  for (const line of (group ?? '').split('\n')) {
    const [name, , gid, members] = line.split(':');
    if (!name || name.startsWith('#') || gid === undefined || !/^\d+$/.test(gid)) continue;
    if (!a.groups.has(Number(gid))) a.groups.set(Number(gid), name);
    a.byGroupName.set(name, {
      gid: Number(gid),
      members: (members ?? '')
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
    });
  }
  return a;
}

/** Everyone in a group: its listed members and the users whose primary group it is (`getent` misses those). */
export function groupMembers(a: Accounts, name: string): { gid: number; members: string[] } | undefined {
  const g = a.byGroupName.get(name);
  if (!g) return undefined;
  const members = new Set(g.members);
  for (const [user, gid] of a.primaryGid) if (gid === g.gid) members.add(user);
  return { gid: g.gid, members: [...members].sort() };
}

export function userName(a: Accounts, uid: number): string {
  return a.users.get(uid) ?? String(uid);
}

export function groupName(a: Accounts, gid: number): string {
  return a.groups.get(gid) ?? String(gid);
}
