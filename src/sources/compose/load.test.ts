import { describe, expect, it } from 'vitest';
import type { SourceNode } from '../../core/location.js';
import { type ComposeDoc, loadComposeProject, parseCompose } from './index.js';

/** A project from in-memory files; `compose.yaml` first, then the given override files. */
function project(files: Record<string, string>, paths = Object.keys(files).filter((f) => f !== '.env')): ComposeDoc {
  return loadComposeProject(paths, { readFile: (p) => files[p] });
}

/** `uri:line:column-endLine:endColumn`, the way findings print. */
function where(node: SourceNode | undefined): string {
  if (!node) return '(none)';
  const l = node.file.location(node.range);
  return `${l.uri}:${l.startLine}:${l.startColumn}-${l.endLine}:${l.endColumn}`;
}

const service = (doc: ComposeDoc, name: string) => {
  const s = doc.services.find((x) => x.name === name);
  if (!s) throw new Error(`no service ${name}`);
  return s;
};

describe('override files', () => {
  const doc = project({
    'compose.yaml': `services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
      - "127.0.0.1:9000:9000"
    environment:
      MODE: production
      LOG: info
    cap_add: [NET_BIND_SERVICE]
    command: ["nginx", "-g", "daemon off;"]
  db:
    image: postgres:16
`,
    'compose.override.yaml': `services:
  web:
    privileged: true
    ports:
      - "8080:80"
      - "8443:443"
    environment:
      - MODE=debug
    cap_add:
      - SYS_PTRACE
      - NET_BIND_SERVICE
    command: ["nginx-debug"]
  cache:
    image: redis:7
`,
  });
  const web = service(doc, 'web');

  it('merges services and keeps each setting at the file that set it', () => {
    expect(doc.diagnostics).toEqual([]);
    expect(doc.services.map((s) => s.name)).toEqual(['web', 'db', 'cache']);
    expect(where(web.node)).toBe('compose.yaml:2:3-2:6');
    expect(where(web.runtime.privileged?.node)).toBe('compose.override.yaml:3:5-3:15');
    expect(web.runtime.image?.value).toBe('nginx:1.27');
    expect(where(web.runtime.image?.node)).toBe('compose.yaml:3:5-3:10');
    expect(where(service(doc, 'cache').node)).toBe('compose.override.yaml:13:3-13:8');
  });

  it('merges ports by {ip, target, published, protocol}: a repeated port is replaced, a new one appended', () => {
    expect(
      web.runtime.ports.map((p) => `${p.hostIp ?? '*'}:${p.hostPort}->${p.containerPort} ${where(p.node)}`),
    ).toEqual([
      '*:8080->80 compose.override.yaml:5:9-5:18',
      '127.0.0.1:9000->9000 compose.yaml:6:9-6:30',
      '*:8443->443 compose.override.yaml:6:9-6:19',
    ]);
  });

  it('merges environment by name across list and map forms, appends cap_add once, replaces command', () => {
    expect(web.runtime.env.map((e) => `${e.name}=${e.value} ${where(e.node)}`)).toEqual([
      'MODE=debug compose.override.yaml:8:9-8:19',
      'LOG=info compose.yaml:9:7-9:16',
    ]);
    expect(web.runtime.capAdd.map((c) => `${c.value} ${where(c.node)}`)).toEqual([
      'NET_BIND_SERVICE compose.yaml:10:15-10:31',
      'SYS_PTRACE compose.override.yaml:10:9-10:19',
    ]);
    expect(web.value.command).toEqual(['nginx-debug']);
  });

  it('honours !reset and !override', () => {
    const d = project({
      'compose.yaml': `services:
  app:
    image: app:1
    ports: ["80:80"]
    environment: { DEBUG: "1", KEEP: "yes" }
    volumes: [./a:/a, ./b:/b]
`,
      'compose.override.yaml': `services:
  app:
    ports: !reset []
    environment:
      DEBUG: !reset null
    volumes: !override
      - ./c:/c
`,
    });
    const app = service(d, 'app');
    expect(app.runtime.ports).toEqual([]);
    expect(app.runtime.env.map((e) => e.name)).toEqual(['KEEP']);
    expect(app.runtime.mounts.map((m) => `${m.source}:${m.target} ${where(m.node)}`)).toEqual([
      './c:/c compose.override.yaml:7:9-7:15',
    ]);
  });
});

describe('extends', () => {
  it('inherits from a service of the same file and of another file, each setting at its own file', () => {
    const doc = project(
      {
        'compose.yaml': `services:
  base:
    image: app:1
    read_only: true
    cap_drop: [ALL]
  web:
    extends: base
    ports: ["80:80"]
  worker:
    extends:
      file: common/services.yaml
      service: hardened
    image: worker:2
`,
        'common/services.yaml': `services:
  hardened:
    image: ignored:0
    security_opt:
      - no-new-privileges:true
    mem_limit: 256m
`,
      },
      ['compose.yaml'],
    );
    expect(doc.diagnostics).toEqual([]);
    const web = service(doc, 'web');
    expect(where(web.node)).toBe('compose.yaml:6:3-6:6');
    expect(where(web.runtime.readOnlyRootFilesystem?.node)).toBe('compose.yaml:4:5-4:14');
    expect(web.runtime.capDrop.map((c) => c.value)).toEqual(['ALL']);
    expect('extends' in web.value).toBe(false);
    const worker = service(doc, 'worker');
    expect(worker.runtime.image?.value).toBe('worker:2');
    expect(worker.runtime.noNewPrivileges?.value).toBe(true);
    expect(where(worker.runtime.noNewPrivileges?.node)).toBe('common/services.yaml:5:9-5:31');
    expect(where(worker.runtime.memoryLimit?.node)).toBe('common/services.yaml:6:5-6:14');
    expect(doc.files.map((f) => f.uri)).toEqual(['compose.yaml', 'common/services.yaml']);
  });

  it('reports cycles, missing services and unreadable files, and keeps the service', () => {
    const doc = parseCompose(
      `services:
  a:
    extends: b
  b:
    extends: { service: a }
  c:
    extends: { service: nowhere }
  d:
    extends: { file: other.yaml, service: x }
`,
      'compose.yaml',
    );
    expect(doc.services.map((s) => s.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(
      doc.diagnostics.map(
        (d) => `${d.code} ${d.severity} ${d.location?.startLine}:${d.location?.startColumn} ${d.message}`,
      ),
    ).toEqual([
      'compose-extends error 3:14 service a extends itself (compose.yaml#a → compose.yaml#b → compose.yaml#a)',
      'compose-extends error 7:25 service c extends nowhere, which is not defined in compose.yaml',
      'compose-extends error 9:22 service d extends x from other.yaml, which cannot be read',
    ]);
  });
});

describe('interpolation from .env only', () => {
  const files = {
    'compose.yaml': `services:
  web:
    image: "nginx:\${NGINX_TAG:-1.27}"
    ports:
      - "\${BIND:-127.0.0.1}:\${PORT}:80"
    environment:
      EMPTY_DASH: "\${EMPTY-unused}"
      EMPTY_COLON: "\${EMPTY:-fallback}"
      DOLLARS: "$$HOME costs $$5"
      MISSING: "\${NOT_SET}"
      REQUIRED: "\${TOKEN:?set TOKEN in .env}"
    user: \${UID}:\${GID}
`,
    '.env': `# comment
export PORT=8081
EMPTY=
UID="1000" # inline
GID='1000'
NGINX_TAG=1.27.3-alpine # trailing comment
`,
  };
  const doc = project(files);
  const web = service(doc, 'web');

  it('resolves ${VAR}, ${VAR:-default}, ${VAR-default} and $$ from the project .env', () => {
    expect(web.runtime.image?.value).toBe('nginx:1.27.3-alpine');
    expect(web.runtime.ports.map((p) => `${p.hostIp}:${p.hostPort}:${p.containerPort}`)).toEqual(['127.0.0.1:8081:80']);
    expect(Object.fromEntries(web.runtime.env.map((e) => [e.name, e.value]))).toEqual({
      EMPTY_DASH: '',
      EMPTY_COLON: 'fallback',
      DOLLARS: '$HOME costs $5',
      MISSING: '',
      REQUIRED: '',
    });
    expect(web.runtime.user?.value).toBe('1000:1000');
    expect(web.runtime.runAsUser?.value).toBe(1000);
  });

  it('reports unresolved and required variables as warnings at the value', () => {
    expect(
      doc.diagnostics.map(
        (d) => `${d.code} ${d.severity} ${d.location?.startLine}:${d.location?.startColumn} ${d.message}`,
      ),
    ).toEqual([
      "compose-unresolved warning 10:16 variable NOT_SET is not set in the project's .env; it defaults to an empty string",
      'compose-unresolved warning 11:17 required variable TOKEN is not set in .env: set TOKEN in .env',
    ]);
  });

  it('never reads the process environment', () => {
    process.env.NOT_SET = 'from-the-shell';
    try {
      const again = project(files);
      expect(service(again, 'web').runtime.env.find((e) => e.name === 'MISSING')?.value).toBe('');
    } finally {
      delete process.env.NOT_SET;
    }
  });

  it('does not interpolate keys, and reports a lone $', () => {
    const d = parseCompose(
      `services:
  app:
    image: app
    labels:
      "$KEY": "price $ 5"
`,
      'compose.yaml',
    );
    expect(service(d, 'app').value.labels).toEqual({ $KEY: 'price $ 5' });
    expect(d.diagnostics.map((x) => `${x.code} ${x.location?.startLine}:${x.location?.startColumn}`)).toEqual([
      'compose-interpolation 5:15',
    ]);
  });
});

describe('ports', () => {
  const doc = parseCompose(
    `services:
  app:
    image: app
    ports:
      - 3000
      - "8000:8000"
      - "127.0.0.1:8001:8001/udp"
      - "9090-9091:8080-8081"
      - "127.0.0.1::5000"
      - "[::1]:6000:6000"
      - "::1:6001:6001"
      - target: 443
        published: "8443"
        host_ip: 0.0.0.0
        protocol: tcp
      - target: 53
        protocol: udp
    expose: ["3306", 33060]
`,
    'compose.yaml',
  );
  it('reads short and long syntax, ranges, IPv6 host addresses and expose', () => {
    const app = service(doc, 'app');
    expect(doc.diagnostics).toEqual([]);
    expect(
      app.runtime.ports.map(
        (p) =>
          `${p.hostIp ?? '*'} ${p.hostPort ?? '-'} ${p.containerPort}/${p.protocol} @${where(p.node).split(':')[1]}`,
      ),
    ).toEqual([
      '* 0 3000/tcp @5',
      '* 8000 8000/tcp @6',
      '127.0.0.1 8001 8001/udp @7',
      '* 9090 8080/tcp @8',
      '* 9091 8081/tcp @8',
      '127.0.0.1 0 5000/tcp @9',
      '::1 6000 6000/tcp @10',
      '::1 6001 6001/tcp @11',
      '0.0.0.0 8443 443/tcp @12',
      '* 0 53/udp @16',
      '* - 3306/tcp @18',
      '* - 33060/tcp @18',
    ]);
  });

  it('reports an unreadable port at its item and goes on', () => {
    const d = parseCompose(`services:\n  app:\n    ports: ["http:80", "81:81"]\n`, 'compose.yaml');
    expect(
      d.diagnostics.map((x) => `${x.code} ${x.severity} ${x.location?.startLine}:${x.location?.startColumn}`),
    ).toEqual(['compose-invalid warning 3:13']);
    expect(service(d, 'app').runtime.ports.map((p) => p.hostPort)).toEqual([81]);
  });
});

describe('volumes, devices and tmpfs', () => {
  const doc = parseCompose(
    `services:
  app:
    image: app
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
      - ./config:/etc/app:ro
      - data:/data
      - /cache
      - type: bind
        source: /etc
        target: /host/etc
        read_only: true
        bind: { propagation: rshared }
      - type: volume
        source: backups
        target: /backups
      - ~/.ssh:/root/.ssh:ro,z
    devices: ["/dev/fuse:/dev/fuse", { source: /dev/kvm, target: /dev/kvm }]
    tmpfs: /run
volumes:
  data:
  backups:
    driver: local
    driver_opts:
      type: none
      o: bind
      device: /var/lib/backup
`,
    'compose.yaml',
  );
  it('tells binds from named volumes, reads modes and resolves local-driver bind volumes to their device', () => {
    const app = service(doc, 'app');
    expect(
      app.runtime.mounts.map(
        (m) =>
          `${m.type} ${m.source || '-'}:${m.target}${m.readOnly ? ' ro' : ''}${m.propagation ? ` ${m.propagation}` : ''} ${where(m.node)}`,
      ),
    ).toEqual([
      'bind /var/run/docker.sock:/var/run/docker.sock compose.yaml:5:9-5:50',
      'bind ./config:/etc/app ro compose.yaml:6:9-6:29',
      'volume data:/data compose.yaml:7:9-7:19',
      'volume -:/cache compose.yaml:8:9-8:15',
      'bind /etc:/host/etc ro rshared compose.yaml:9:9-13:39',
      'bind /var/lib/backup:/backups compose.yaml:27:15-27:30',
      'bind ~/.ssh:/root/.ssh ro compose.yaml:17:9-17:31',
      'tmpfs -:/run compose.yaml:19:12-19:16',
    ]);
    expect(app.runtime.devices.map((d) => d.value)).toEqual(['/dev/fuse', '/dev/kvm']);
    expect(doc.volumes.map((v) => v.name)).toEqual(['data', 'backups']);
  });
});

describe('privileged, as it is in force', () => {
  it('turns seccomp off and opens every device, at the privileged key', () => {
    const doc = parseCompose(
      `services:\n  a:\n    image: a\n    privileged: true\n    security_opt: [seccomp=default.json]\n  b:\n    image: b\n`,
      'compose.yaml',
    );
    const a = service(doc, 'a').runtime;
    expect(a.seccomp?.value).toBe('unconfined');
    expect(where(a.seccomp?.node)).toBe('compose.yaml:4:5-4:15');
    expect(a.devices.map((d) => d.value)).toEqual(['every host device (privileged: no device cgroup)']);
    const b = service(doc, 'b').runtime;
    expect([b.seccomp, b.devices]).toEqual([undefined, []]);
  });
});

describe('security settings', () => {
  const doc = parseCompose(
    `services:
  a:
    image: a
    privileged: true
    user: root
    network_mode: host
    pid: host
    ipc: "service:b"
    uts: host
    userns_mode: host
    read_only: false
    cap_add: [cap_sys_admin, ALL]
    cap_drop: [net_raw]
    security_opt:
      - no-new-privileges
      - seccomp=unconfined
      - apparmor:unconfined
      - label=disable
    restart: on-failure:5
    healthcheck:
      disable: true
    mem_limit: 512m
    cpus: 0.5
    pids_limit: 100
  b:
    image: b
    network_mode: "container:sidecar"
    security_opt: ["no-new-privileges:false", "label:seccomp:unconfined"]
    deploy:
      resources:
        limits: { memory: 1G, cpus: "2", pids: 50 }
        reservations: { memory: 256M }
      restart_policy: { condition: any, max_attempts: 3 }
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost"]
`,
    'compose.yaml',
  );
  it('maps every setting to the runtime record at its key', () => {
    expect(doc.diagnostics).toEqual([]);
    const a = service(doc, 'a').runtime;
    expect(a.privileged?.value).toBe(true);
    expect(where(a.privileged?.node)).toBe('compose.yaml:4:5-4:15');
    expect(a.runAsUser?.value).toBe(0);
    expect([a.hostNetwork?.value, a.hostPid?.value, a.hostIpc?.value, a.hostUts?.value, a.hostUserns?.value]).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(a.sharedNamespaces.map((s) => `${s.value} ${where(s.node)}`)).toEqual([
      'ipc:service:b compose.yaml:8:5-8:8',
    ]);
    expect(a.readOnlyRootFilesystem?.value).toBe(false);
    expect(a.capAdd.map((c) => c.value)).toEqual(['SYS_ADMIN', 'ALL']);
    expect(a.capDrop.map((c) => c.value)).toEqual(['NET_RAW']);
    expect(a.noNewPrivileges?.value).toBe(true);
    expect(where(a.noNewPrivileges?.node)).toBe('compose.yaml:15:9-15:26');
    expect([a.seccomp?.value, a.apparmor?.value, a.selinux?.value]).toEqual(['unconfined', 'unconfined', 'disable']);
    expect([a.restartPolicy?.value, a.restartMaxRetries?.value]).toEqual(['on-failure', 5]);
    expect(a.healthcheck?.value).toBe(false);
    expect([a.memoryLimit?.value, a.cpuLimit?.value, a.pidsLimit?.value]).toEqual(['512m', 0.5, 100]);

    const b = service(doc, 'b').runtime;
    expect(b.hostNetwork?.value).toBe(false);
    expect(b.sharedNamespaces.map((s) => s.value)).toEqual(['network:container:sidecar']);
    expect(b.noNewPrivileges?.value).toBe(false);
    // `label:...` is an SELinux option, whatever follows; Docker ignores it where SELinux is off.
    expect([b.seccomp, b.selinux?.value]).toEqual([undefined, 'seccomp:unconfined']);
    expect([b.memoryLimit?.value, b.cpuLimit?.value, b.pidsLimit?.value, b.memoryRequest?.value]).toEqual([
      '1G',
      '2',
      50,
      '256M',
    ]);
    expect(where(b.memoryLimit?.node)).toBe('compose.yaml:31:19-31:25');
    expect([b.restartPolicy?.value, b.restartMaxRetries?.value]).toEqual(['always', 3]);
    expect(b.healthcheck?.value).toBe(true);
  });
});

describe('YAML features Compose files use', () => {
  it('applies anchors and merge keys, pointing at the anchor', () => {
    const doc = parseCompose(
      `x-hardening: &hardening
  read_only: true
  cap_drop: [ALL]
services:
  api:
    <<: *hardening
    image: api:1
    read_only: false
`,
      'compose.yaml',
    );
    const api = service(doc, 'api').runtime;
    expect(api.readOnlyRootFilesystem?.value).toBe(false);
    expect(where(api.readOnlyRootFilesystem?.node)).toBe('compose.yaml:8:5-8:14');
    expect(where(api.capDrop[0]?.node)).toBe('compose.yaml:3:14-3:17');
  });

  it('merges the documents of a multi-document file', () => {
    const doc = parseCompose(
      `services:\n  a: { image: a }\n---\nservices:\n  a: { privileged: true }\n`,
      'compose.yaml',
    );
    expect(where(service(doc, 'a').runtime.privileged?.node)).toBe('compose.yaml:5:8-5:18');
  });

  it('keeps profiles and audits services of every profile', () => {
    const doc = parseCompose(
      `services:\n  a: { image: a }\n  debug: { image: b, profiles: [debug, dev] }\n`,
      'compose.yaml',
    );
    expect(doc.services.map((s) => `${s.name}:${s.profiles.join(',')}`)).toEqual(['a:', 'debug:debug,dev']);
  });

  it('reads stridebench:ignore comments in every file of the project', () => {
    const doc = project({
      'compose.yaml': `services:\n  a:\n    image: a\n`,
      'compose.override.yaml': `services:\n  a:\n    # stridebench:ignore RT001 lab machine\n    privileged: true\n`,
    });
    expect(doc.suppressions.map((s) => `${s.uri} ${s.rules.join(',')} ${s.reason}`)).toEqual([
      'compose.override.yaml RT001 lab machine',
    ]);
  });
});

describe('invalid files give coded diagnostics with positions, and loading goes on', () => {
  const codes = (doc: ComposeDoc) =>
    doc.diagnostics.map((d) => `${d.code} ${d.severity} ${d.location?.startLine}:${d.location?.startColumn}`);

  it('a file that is not a mapping', () => {
    expect(codes(parseCompose('- web\n- db\n', 'compose.yaml'))).toEqual(['compose-invalid error 1:1']);
  });

  it('services that are not a mapping, and a service that is not a mapping', () => {
    expect(codes(parseCompose('services:\n  - web\n', 'compose.yaml'))).toEqual(['compose-invalid error 2:3']);
    const doc = parseCompose('services:\n  web: nginx\n  db:\n    image: postgres\n', 'compose.yaml');
    expect(codes(doc)).toEqual(['compose-invalid error 2:3']);
    expect(doc.services.map((s) => s.name)).toEqual(['db']);
  });

  it('YAML syntax errors', () => {
    const doc = parseCompose('services:\n  web:\n    image: "nginx\n', 'compose.yaml');
    expect(codes(doc)[0]).toMatch(/^yaml-syntax error \d+:\d+$/);
  });

  it('a mapping used as a key (an unrendered template)', () => {
    expect(codes(parseCompose('services:\n  {{ name }}:\n    image: x\n', 'compose.yaml'))[0]).toBe(
      'compose-invalid error 2:3',
    );
  });
});

describe('include', () => {
  it('adds the services of included projects, interpolated with their own .env under the includer’s', () => {
    const doc = project(
      {
        'compose.yaml': `include:
  - infra/compose.yaml
  - path: [tools/compose.yaml]
    env_file: tools/tools.env
services:
  web:
    image: web
`,
        '.env': 'SHARED=from-parent\n',
        'infra/compose.yaml': `services:
  db:
    image: "postgres:\${PG_TAG}"
    environment: { OWNER: "\${SHARED}" }
  web:
    image: conflicting
`,
        'infra/.env': 'PG_TAG=16\nSHARED=from-infra\n',
        'tools/compose.yaml': `services:
  adminer:
    image: "adminer:\${ADMINER_TAG}"
`,
        'tools/tools.env': 'ADMINER_TAG=4.8\n',
      },
      ['compose.yaml'],
    );
    expect(doc.services.map((s) => `${s.name} ${s.runtime.image?.value}`)).toEqual([
      'web web',
      'db postgres:16',
      'adminer adminer:4.8',
    ]);
    expect(service(doc, 'db').runtime.env[0]?.value).toBe('from-parent');
    expect(where(service(doc, 'db').node)).toBe('infra/compose.yaml:2:3-2:5');
    expect(
      doc.diagnostics.map(
        (d) => `${d.code} ${d.location?.uri}:${d.location?.startLine}:${d.location?.startColumn} ${d.message}`,
      ),
    ).toEqual([
      'compose-invalid infra/compose.yaml:5:3 services web of included infra/compose.yaml conflicts with the including project',
    ]);
  });

  it('reports include cycles and missing files', () => {
    const doc = project({ 'compose.yaml': 'include: [compose.yaml, missing.yaml]\nservices:\n  a: { image: a }\n' }, [
      'compose.yaml',
    ]);
    expect(
      doc.diagnostics.map((d) => `${d.code} ${d.location?.startLine}:${d.location?.startColumn} ${d.message}`),
    ).toEqual([
      'compose-invalid 1:11 compose.yaml: compose.yaml includes itself',
      'compose-invalid 1:25 compose.yaml: included file missing.yaml cannot be read',
    ]);
  });
});

describe('pull_policy and sysctls', () => {
  it('maps them to the runtime record', () => {
    const doc = parseCompose(
      `services:
  a:
    image: a
    pull_policy: missing
    sysctls:
      net.ipv4.ip_forward: 1
  b:
    image: b
    pull_policy: daily
    sysctls: ["kernel.shm_rmid_forced=1"]
`,
      'compose.yaml',
    );
    const a = service(doc, 'a').runtime;
    expect(a.imagePullPolicy?.value).toBe('IfNotPresent');
    expect(a.sysctls?.map((x) => `${x.name}=${x.value} ${where(x.node)}`)).toEqual([
      'net.ipv4.ip_forward=1 compose.yaml:6:7-6:29',
    ]);
    const b = service(doc, 'b').runtime;
    expect(b.imagePullPolicy?.value).toBe('daily');
    expect(b.sysctls?.map((x) => `${x.name}=${x.value} ${where(x.node)}`)).toEqual([
      'kernel.shm_rmid_forced=1 compose.yaml:10:15-10:41',
    ]);
  });
});

describe('env_file', () => {
  it('adds env file variables at their line; environment and later files win; a missing file is reported', () => {
    const doc = project(
      {
        'compose.yaml': `services:
  app:
    image: app
    env_file:
      - config/app.env
      - path: config/local.env
        required: false
      - config/missing.env
    environment:
      MODE: production
`,
        'config/app.env': `# defaults
MODE=development
DB_PASSWORD="s3cr3t-from-file"
# stridebench:ignore RT000 example suppression
LOG=debug
`,
        'config/local.env': 'LOG=info\n',
      },
      ['compose.yaml'],
    );
    const app = service(doc, 'app');
    expect(app.runtime.env.map((e) => `${e.name}=${e.value} ${where(e.node)}`)).toEqual([
      'MODE=production compose.yaml:10:7-10:23',
      'DB_PASSWORD=s3cr3t-from-file config/app.env:3:1-3:31',
      'LOG=info config/local.env:1:1-1:9',
    ]);
    expect(
      doc.diagnostics.map((d) => `${d.code} ${d.location?.startLine}:${d.location?.startColumn} ${d.message}`),
    ).toEqual(['compose-invalid 8:9 service app: env_file config/missing.env cannot be read']);
    expect(doc.files.map((f) => f.uri)).toEqual(['compose.yaml', 'config/app.env', 'config/local.env']);
    expect(
      doc.suppressions.map(
        (s) =>
          `${s.uri} ${s.rules} ${s.scope === 'file' ? 'file' : where({ file: doc.files[1] as never, range: s.scope })}`,
      ),
    ).toEqual(['config/app.env RT000 config/app.env:5:1-5:10']);
  });

  it('does not report env files of a lone text (stdin)', () => {
    expect(parseCompose('services:\n  a:\n    image: a\n    env_file: a.env\n', '-').diagnostics).toEqual([]);
  });
});

describe('attributes of the wrong type', () => {
  it('are reported where they are written, and read leniently', () => {
    const doc = parseCompose(
      'services:\n  a:\n    image: a\n    ports: "80:80"\n    healthcheck: yes\n',
      'compose.yaml',
    );
    expect(
      doc.diagnostics.map(
        (d) => `${d.code} ${d.severity} ${d.location?.startLine}:${d.location?.startColumn} ${d.message}`,
      ),
    ).toEqual([
      'compose-invalid warning 4:12 service a: ports must be a list',
      'compose-invalid warning 5:18 service a: healthcheck must be a mapping',
    ]);
    expect(service(doc, 'a').runtime.ports.map((p) => p.hostPort)).toEqual([80]);
  });
});
