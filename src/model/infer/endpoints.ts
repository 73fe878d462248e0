/**
 * Where a setting says a program connects to: URLs (`postgres://app@db:5432/shop`, `jdbc:mysql://db/x`), connection
 * strings (`Server=db;Database=x`, `host=db port=5432`), and host names in variables whose name says they hold one
 * (`REDIS_HOST=redis`, `DB_HOST=db:5432`, `KAFKA_BROKERS=a:9092,b:9092`). Credentials in the value are never kept.
 */
export interface Endpoint {
  host: string;
  port?: number;
  /** The URL scheme, lower case, when the value is a URL. */
  scheme?: string;
}

/** Variable names that hold a host, a `host:port` or a list of them. */
const HOST_KEY =
  /(^|_)(HOST|HOSTS|HOSTNAME|SERVER|SERVERS|ADDR|ADDRESS|ENDPOINT|ENDPOINTS|BROKER|BROKERS|BOOTSTRAP|NODES|SEEDS|UPSTREAM|BACKEND|PEERS?|MASTER|CLUSTER)$/i;
/** Variable names whose value merely looks like `name:number` (an image tag, a version). */
const NOT_AN_ADDRESS = /(IMAGE|VERSION|TAG|RELEASE|USER|PASSWORD|PASSWD|SECRET|TOKEN|KEY)$/i;

const URL = /([A-Za-z][A-Za-z0-9+.-]*):\/\/([^\s'"<>()]+)/g;
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?)*\.?$/;

function port(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,5}$/.test(text)) return undefined;
  const n = Number(text);
  return n > 0 && n <= 65535 ? n : undefined;
}

/** `host`, `host:port`, `[v6]:port`; undefined when it is not an address. */
export function hostPort(text: string): { host: string; port?: number } | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (t.startsWith('[')) {
    const close = t.indexOf(']');
    if (close < 0) return undefined;
    return { host: t.slice(1, close), port: port(t.slice(close + 2)) };
  }
  const colon = t.lastIndexOf(':');
  const host = colon >= 0 ? t.slice(0, colon) : t;
  const p = colon >= 0 ? port(t.slice(colon + 1)) : undefined;
  if (colon >= 0 && p === undefined) return undefined;
  if (!HOSTNAME.test(host)) return undefined;
  return p === undefined ? { host } : { host, port: p };
}

function fromUrls(value: string): Endpoint[] {
  const out: Endpoint[] = [];
  for (const m of value.matchAll(URL)) {
    const scheme = (m[1] as string).toLowerCase();
    const rest = m[2] as string;
    const authority = rest.split(/[/?#]/)[0] ?? '';
    // userinfo may hold a password: only what follows the last `@` is read
    const hosts = authority.slice(authority.lastIndexOf('@') + 1);
    for (const part of hosts.split(',')) {
      const hp = hostPort(part);
      if (hp) out.push({ ...hp, scheme });
    }
  }
  return out;
}

/** ADO.NET / JDBC-style `Key=Value;` pairs and libpq's `key=value key=value`. */
function fromConnectionString(value: string): Endpoint[] {
  const semicolons = value.includes(';') && /(^|;)\s*(server|host|data source|address|addr|hostname)\s*=/i.test(value);
  const spaces = !semicolons && /(^|\s)host\s*=/i.test(value);
  if (!semicolons && !spaces) return [];
  const pairs = new Map<string, string>();
  for (const part of value.split(semicolons ? ';' : /\s+/)) {
    const eq = part.indexOf('=');
    if (eq > 0) pairs.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  const raw = ['server', 'host', 'data source', 'address', 'addr', 'hostname'].map((k) => pairs.get(k)).find(Boolean);
  if (!raw) return [];
  // SQL Server writes `tcp:db,1433`.
  const server = raw.replace(/^tcp:/i, '');
  const comma = server.indexOf(',');
  const hp = hostPort(comma >= 0 ? server.slice(0, comma) : server);
  if (!hp) return [];
  const p = port(comma >= 0 ? server.slice(comma + 1).trim() : pairs.get('port'));
  return [p !== undefined && hp.port === undefined ? { ...hp, port: p } : hp];
}

/** The endpoints a setting names. `key` is the variable's name, when there is one. */
export function endpointsIn(key: string | undefined, value: string): Endpoint[] {
  if (value.includes('://')) return fromUrls(value);
  const cs = fromConnectionString(value);
  if (cs.length > 0) return cs;
  const hostKey = key !== undefined && HOST_KEY.test(key);
  if (key !== undefined && NOT_AN_ADDRESS.test(key)) return [];
  const out: Endpoint[] = [];
  for (const token of value.split(/[\s,;]+/)) {
    const hp = hostPort(token);
    if (!hp) continue;
    // Without a telling name, only `name:port` counts, and only ports that are not version-like numbers.
    if (hostKey || (hp.port !== undefined && hp.port >= 80)) out.push(hp);
  }
  return out;
}

/** URLs in a command line (`--upstream=http://api:8080`), for programs configured by flags rather than variables. */
export function endpointsInCommand(args: readonly string[]): Endpoint[] {
  return args.flatMap((a) => (a.includes('://') ? fromUrls(a) : []));
}

/**
 * Upstreams in an nginx configuration: `proxy_pass`, `fastcgi_pass`, `uwsgi_pass`, `grpc_pass`, and `server` lines
 * of `upstream` blocks.
 */
export function endpointsInNginxConfig(text: string): Endpoint[] {
  const out: Endpoint[] = [];
  const withoutComments = text.replace(/#[^\n]*/g, '');
  // `proxy_pass http://backend` names an upstream block when one is so called: its servers are the endpoints.
  const upstreams = new Set(
    [...withoutComments.matchAll(/\bupstream\s+([^{\s]+)\s*\{/g)].map((m) => (m[1] as string).toLowerCase()),
  );
  for (const m of withoutComments.matchAll(
    /\b(proxy_pass|fastcgi_pass|uwsgi_pass|grpc_pass|scgi_pass)\s+([^;\s]+)\s*;/g,
  )) {
    const target = m[2] as string;
    if (target.includes('$')) continue;
    if (target.includes('://')) out.push(...fromUrls(target).filter((e) => !upstreams.has(e.host.toLowerCase())));
    else {
      const hp = hostPort(target);
      if (hp && !upstreams.has(hp.host.toLowerCase()))
        out.push({ ...hp, scheme: m[1] === 'fastcgi_pass' ? 'fastcgi' : m[1] === 'uwsgi_pass' ? 'uwsgi' : undefined });
    }
  }
  for (const block of withoutComments.matchAll(/\bupstream\s+[^{\s]+\s*\{([^}]*)\}/g)) {
    for (const m of (block[1] as string).matchAll(/\bserver\s+([^;\s]+)[^;]*;/g)) {
      const hp = hostPort(m[1] as string);
      if (hp) out.push(hp);
    }
  }
  return out.map((e) => (e.scheme === undefined ? { host: e.host, ...(e.port ? { port: e.port } : {}) } : e));
}
