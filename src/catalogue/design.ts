import type { Control } from './control.js';

type DesignInput = Omit<Control, 'id' | 'benchmark' | 'rules'> & { slug: string };

const design = (inputs: DesignInput[]): Control[] =>
  inputs.map(({ slug, ...rest }) => ({ ...rest, id: `design:${slug}`, rules: [] }));

/** Design mitigations: architecture and process controls that no benchmark section covers. */
export const DESIGN_CONTROLS: readonly Control[] = design([
  {
    slug: 'tls',
    title: 'Encrypt traffic in transit with TLS',
    stride: ['spoofing', 'tampering', 'information-disclosure'],
    techs: ['web-server', 'load-balancer', 'reverse-proxy', 'api', 'web-application'],
    remediation:
      'Serve only HTTPS (TLS 1.2+): redirect port 80 to 443, set HSTS, and use TLS on every internal hop that crosses a trust boundary.',
    references: ['https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html'],
  },
  {
    slug: 'mutual-tls',
    title: 'Authenticate both ends of service-to-service traffic (mutual TLS)',
    stride: ['spoofing', 'tampering', 'information-disclosure'],
    techs: ['api', 'database', 'message-queue', 'kubernetes', 'docker-daemon'],
    remediation: 'Issue client certificates to callers and require them (mTLS), or use a service mesh that does.',
  },
  {
    slug: 'parameterized-queries',
    title: 'Use parameterised queries for every database access',
    stride: ['tampering', 'information-disclosure', 'elevation-of-privilege'],
    techs: ['web-application', 'api', 'sql-database'],
    remediation:
      'Use prepared statements or a query builder that binds parameters; never concatenate request parameters into SQL.',
    references: ['https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html'],
  },
  {
    slug: 'input-validation',
    title: 'Validate and encode untrusted input and output',
    stride: ['tampering', 'elevation-of-privilege'],
    techs: ['web-application', 'api', 'web-server'],
    remediation:
      'Validate input against allow-lists at the trust boundary; encode output for its context (HTML, URL, shell).',
  },
  {
    slug: 'least-privilege-database-account',
    title: 'Connect to the database with a least-privilege account',
    stride: ['tampering', 'information-disclosure', 'elevation-of-privilege'],
    techs: ['database'],
    remediation: 'Give the application an account that can only read and write its own tables; no DDL, no superuser.',
  },
  {
    slug: 'rate-limiting',
    title: 'Rate-limit and size-limit requests at the edge',
    stride: ['denial-of-service'],
    techs: ['load-balancer', 'web-server', 'reverse-proxy', 'api', 'image-registry'],
    remediation:
      'Apply per-client rate limits, connection limits, request body size limits and timeouts at the load balancer or reverse proxy.',
  },
  {
    slug: 'ddos-protection',
    title: 'Put a purpose-built DDoS protection service in front of internet-facing endpoints',
    stride: ['denial-of-service'],
    techs: ['load-balancer', 'web-server'],
    remediation: 'Use a CDN or DDoS scrubbing service and autoscaling; a load balancer alone is not DoS protection.',
  },
  {
    slug: 'waf',
    title: 'Filter requests with a web application firewall',
    stride: ['tampering', 'denial-of-service'],
    techs: ['web-server', 'load-balancer', 'web-application'],
    remediation: 'Deploy a WAF with injection and bot rules in front of the application, in blocking mode.',
  },
  {
    slug: 'web-server-hardening',
    title: 'Turn off web server defaults that reveal information',
    stride: ['information-disclosure'],
    techs: ['web-server', 'reverse-proxy'],
    remediation:
      'Hide version banners (nginx `server_tokens off`), disable directory listing (`autoindex off`), deny hidden and backup files (.git, .env, *.bak), serve generic error pages and restrict status endpoints.',
    references: ['https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html'],
  },
  {
    slug: 'trusted-proxy-headers',
    title: 'Trust forwarding headers only from known proxies',
    stride: ['spoofing', 'repudiation'],
    techs: ['load-balancer', 'reverse-proxy', 'web-application', 'api'],
    remediation:
      'Have the edge proxy overwrite X-Forwarded-For/Forwarded; in the back end take the client address only from the listed proxy addresses (nginx `set_real_ip_from` + `real_ip_recursive`, framework trusted-proxy settings).',
  },
  {
    slug: 'http-normalization',
    title: 'Make proxies and back ends agree on request boundaries',
    stride: ['tampering'],
    techs: ['load-balancer', 'reverse-proxy', 'web-server', 'web-application'],
    remediation:
      'Reject ambiguous requests (both Content-Length and Transfer-Encoding, obsolete line folding), speak HTTP/2 or one HTTP stack end to end, and keep proxies patched.',
    references: ['https://portswigger.net/web-security/request-smuggling'],
  },
  {
    slug: 'token-validation',
    title: 'Validate identity tokens completely',
    stride: ['spoofing'],
    techs: ['web-application', 'api', 'identity-provider'],
    remediation:
      "Verify signatures with the provider's published keys and a pinned algorithm, and check issuer, audience, expiry and nonce, using a maintained OpenID Connect library.",
    references: ['https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html'],
  },
  {
    slug: 'message-authentication',
    title: 'Authenticate callbacks and webhooks from third parties',
    stride: ['spoofing', 'tampering'],
    techs: ['web-application', 'api', 'payment-gateway'],
    remediation:
      "Verify the sender's signature (HMAC or the provider SDK's verification) and a timestamp or nonce on every callback, and confirm critical events with an API call to the provider.",
  },
  {
    slug: 'server-side-pricing',
    title: 'Compute prices and amounts on the server',
    stride: ['tampering'],
    techs: ['web-application', 'api', 'payment-gateway'],
    remediation:
      'Recompute item prices, discounts, totals and currency from the catalogue on the server for every charge; never take them from hidden fields, cookies or request parameters.',
  },
  {
    slug: 'fraud-screening',
    title: 'Screen checkout for automated card testing',
    stride: ['denial-of-service', 'repudiation'],
    techs: ['web-application', 'payment-gateway'],
    remediation:
      "Enable the gateway's fraud tools (velocity checks, AVS/CVV rules, 3-D Secure), rate-limit payment attempts per account, card and address, and challenge bots.",
  },
  {
    slug: 'database-query-limits',
    title: 'Bound the work a request can cause in a data store',
    stride: ['denial-of-service'],
    techs: ['database'],
    remediation:
      'Use bounded connection pools, statement and lock timeouts, pagination limits and per-client quotas, so that expensive or numerous queries cannot exhaust the data store.',
  },
  {
    slug: 'no-default-credentials',
    title: 'Replace default and vendor credentials before exposure',
    stride: ['elevation-of-privilege', 'spoofing'],
    techs: ['load-balancer', 'database', 'log-server', 'message-queue', 'cache', 'web-server'],
    remediation:
      'Change or disable every default account and password at installation, and check for them in configuration audits.',
  },
  {
    slug: 'unprivileged-service-account',
    title: 'Run services as an unprivileged user',
    stride: ['elevation-of-privilege'],
    techs: ['operating-system', 'web-server', 'database'],
    remediation:
      'Run each service under its own non-root account with only the permissions it needs; drop privileges after binding low ports; confine it with systemd sandboxing, SELinux or AppArmor.',
  },
  {
    slug: 'artifact-integrity',
    title: 'Verify the integrity of code and configuration before use',
    stride: ['tampering'],
    techs: ['ci-system', 'web-application', 'operating-system'],
    remediation:
      'Transfer code and configuration over authenticated, encrypted channels and verify signatures or checksums before they are applied.',
  },
  {
    slug: 'log-redaction',
    title: 'Keep secrets and card data out of logs',
    stride: ['information-disclosure'],
    techs: ['log-server', 'web-application', 'payment-gateway'],
    remediation:
      'Mask primary account numbers, tokens and passwords before they are logged (PCI DSS 3.3/3.4); restrict and encrypt log storage.',
  },
  {
    slug: 'payment-tokenization',
    title: "Use the payment gateway's tokenisation so card numbers never reach your systems",
    stride: ['information-disclosure', 'tampering'],
    techs: ['payment-gateway', 'web-application'],
    remediation: 'Collect card data with the gateway’s hosted fields or client SDK and handle only tokens server-side.',
  },
  {
    slug: 'secure-session',
    title: 'Protect session tokens',
    stride: ['spoofing', 'repudiation'],
    techs: ['web-application', 'web-server'],
    remediation:
      'Issue sessions only over HTTPS with Secure, HttpOnly and SameSite cookies; rotate on login; expire idle sessions.',
  },
  {
    slug: 'csrf-protection',
    title: 'Protect state-changing requests against cross-site request forgery',
    stride: ['spoofing', 'repudiation'],
    techs: ['web-application'],
    remediation: 'Use anti-CSRF tokens or SameSite=strict cookies for state-changing requests.',
  },
  {
    slug: 'mfa',
    title: 'Require multi-factor authentication for privileged and administrative access',
    stride: ['spoofing', 'elevation-of-privilege'],
    techs: ['web-application', 'identity-provider', 'docker-client', 'kubernetes'],
    remediation: 'Enforce MFA (TOTP, WebAuthn) on administrator logins and on access to cluster and engine APIs.',
  },
  {
    slug: 'account-lockout',
    title: 'Throttle and lock out repeated failed logins',
    stride: ['spoofing', 'elevation-of-privilege'],
    techs: ['web-application', 'identity-provider'],
    remediation: 'Throttle authentication attempts per account and per source; alert on credential-stuffing patterns.',
  },
  {
    slug: 'admin-interface-isolation',
    title: 'Keep administrative interfaces off the public internet',
    stride: ['elevation-of-privilege', 'spoofing'],
    techs: ['web-application', 'web-server', 'kubernetes', 'docker'],
    remediation:
      'Serve admin logins on a separate host or path reachable only through VPN or an allow-list, with their own authentication.',
  },
  {
    slug: 'authorization-checks',
    title: 'Enforce authorisation on every request, server-side',
    stride: ['elevation-of-privilege'],
    techs: ['web-application', 'api'],
    remediation:
      'Check the caller’s role for every function and object (deny by default); test for vertical escalation.',
  },
  {
    slug: 'audit-logging',
    title: 'Write tamper-evident audit logs of security-relevant actions',
    stride: ['repudiation'],
    techs: ['web-application', 'docker-daemon', 'kube-apiserver', 'docker-registry', 'database'],
    remediation:
      'Record who did what and when (user, source, action, object, result) for logins, admin actions, transactions and configuration changes; ship the records off-host to append-only storage.',
  },
  {
    slug: 'transaction-signing',
    title: 'Bind transactions to an authenticated user with signed, timestamped records',
    stride: ['repudiation'],
    techs: ['web-application', 'payment-gateway'],
    remediation:
      'Re-authenticate for high-value actions and keep signed, timestamped transaction records with the user identity.',
  },
  {
    slug: 'log-integrity',
    title: 'Protect log integrity and availability',
    stride: ['repudiation', 'tampering'],
    techs: ['log-server'],
    remediation: 'Send logs over TLS to a write-once store with restricted access; alert when a source stops logging.',
  },
  {
    slug: 'secrets-management',
    title: 'Keep secrets in a secret manager, never in code, images or plain configuration',
    stride: ['information-disclosure', 'elevation-of-privilege'],
    techs: ['docker', 'kubernetes', 'web-application', 'container'],
    remediation:
      'Inject secrets at run time from a secret manager (Vault, Kubernetes Secrets with encryption at rest, Docker secrets); scan repositories and images for leaked secrets.',
  },
  {
    slug: 'encryption-at-rest',
    title: 'Encrypt sensitive data at rest',
    stride: ['information-disclosure'],
    techs: ['database', 'object-storage', 'log-server', 'etcd'],
    remediation: 'Encrypt disks, databases and backups; keep keys in a KMS separate from the data.',
  },
  {
    slug: 'image-signing',
    title: 'Sign images and verify signatures before they run',
    stride: ['spoofing', 'tampering', 'repudiation'],
    techs: ['image-registry', 'docker-daemon', 'kubernetes-workload', 'container'],
    remediation:
      'Sign images at build time (Docker Content Trust / Notary, cosign) and enforce verification at pull or admission time.',
  },
  {
    slug: 'digest-pinning',
    title: 'Reference images by sha256 digest and verify it',
    stride: ['spoofing', 'tampering'],
    techs: ['image-registry', 'container', 'kubernetes-workload'],
    remediation: 'Pin base and deployed images as name@sha256:<digest>, compared with the digest the publisher gives.',
  },
  {
    slug: 'trusted-registry',
    title: 'Pull only from trusted registries and vetted base images',
    stride: ['spoofing', 'tampering'],
    techs: ['image-registry', 'docker-daemon', 'kubernetes-workload', 'container'],
    remediation:
      'Mirror approved images into a private registry with authentication; allow-list registries at admission; avoid look-alike names.',
  },
  {
    slug: 'image-scanning',
    title: 'Scan images and dependencies for known vulnerabilities and malware',
    stride: ['tampering', 'elevation-of-privilege'],
    techs: ['image-registry', 'container', 'kubernetes-workload', 'ci-system'],
    remediation: 'Scan at build and continuously in the registry; fail builds on critical findings; rebuild often.',
  },
  {
    slug: 'dependency-pinning',
    title: 'Pin and verify third-party dependencies',
    stride: ['tampering'],
    techs: ['container', 'ci-system', 'web-application'],
    remediation:
      'Pin open source libraries by version and checksum (lock files), from trusted repositories; keep an SBOM.',
  },
  {
    slug: 'reviewed-image-builds',
    title: 'Build images in CI from reviewed, version-controlled Dockerfiles',
    stride: ['tampering', 'repudiation'],
    techs: ['docker-client', 'ci-system', 'image-registry'],
    remediation:
      'Keep Dockerfiles and build context in version control with mandatory review, build and push release images only from CI (not from workstations), and record build provenance (who, which commit, which base image digest).',
  },
  {
    slug: 'registry-access-control',
    title: 'Authenticate and authorise every push to the registry',
    stride: ['repudiation', 'tampering', 'spoofing'],
    techs: ['image-registry'],
    remediation: 'Require authentication for pull and push, limit push rights to CI identities, and log every push.',
  },
  {
    slug: 'registry-quotas',
    title: 'Limit upload size and storage per user in the registry',
    stride: ['denial-of-service'],
    techs: ['image-registry'],
    remediation: 'Set maximum blob and manifest sizes, per-user quotas and rate limits on the registry.',
  },
  {
    slug: 'endpoint-protection',
    title: 'Harden and monitor administrator workstations',
    stride: ['tampering', 'elevation-of-privilege', 'spoofing'],
    techs: ['docker-client', 'kubectl'],
    remediation:
      'Harden the machine running the client with the CIS benchmark for its OS, run AV/EDR, keep it patched, and collect client logs.',
  },
  {
    slug: 'patching',
    title: 'Run supported, patched versions',
    stride: ['elevation-of-privilege', 'tampering', 'denial-of-service'],
    techs: ['operating-system', 'web-server', 'docker', 'kubernetes', 'database'],
    remediation: 'Track versions and apply security updates promptly; alert on end-of-life software.',
  },
  {
    slug: 'host-hardening',
    title: 'Harden hosts with the CIS benchmark for their operating system',
    stride: ['elevation-of-privilege', 'tampering', 'information-disclosure'],
    techs: ['operating-system', 'docker-host', 'kubernetes-node'],
    remediation:
      'Apply the CIS OS benchmark, remove unneeded services, restrict logins, and enable SELinux or AppArmor.',
  },
  {
    slug: 'resource-limits',
    title: 'Set resource limits and quotas',
    stride: ['denial-of-service'],
    techs: ['container', 'kubernetes-workload', 'database', 'web-server'],
    remediation:
      'Set memory and CPU limits per workload and quotas per tenant, so that one consumer cannot starve the rest.',
  },
  {
    slug: 'network-segmentation',
    title: 'Segment the network and deny by default',
    stride: ['information-disclosure', 'tampering', 'elevation-of-privilege'],
    techs: ['database', 'kubernetes', 'docker', 'cache', 'message-queue'],
    remediation:
      'Place data stores and control planes on private networks; allow only the flows the model needs (firewalls, security groups, NetworkPolicy).',
  },
  {
    slug: 'authentication-required',
    title: 'Require authentication on every service interface',
    stride: ['spoofing', 'information-disclosure', 'elevation-of-privilege'],
    techs: ['database', 'cache', 'message-queue', 'api', 'kubernetes', 'docker-daemon'],
    remediation: 'Disable anonymous access; give every caller its own credentials or certificate.',
  },
  {
    slug: 'short-lived-credentials',
    title: 'Use short-lived credentials and certificates that expire quickly',
    stride: ['repudiation', 'spoofing'],
    techs: ['kubernetes', 'kube-apiserver', 'identity-provider'],
    remediation:
      'Since Kubernetes cannot revoke client certificates, issue certificates with short lifetimes, prefer OIDC tokens for users, and rotate the CA if a key leaks.',
  },
  {
    slug: 'cloud-identity-least-privilege',
    title: 'Give cluster components least-privilege cloud identities and keep pods away from node credentials',
    stride: ['elevation-of-privilege', 'information-disclosure', 'spoofing'],
    techs: ['cloud-controller-manager', 'kubernetes-node', 'kubernetes-workload', 'cloud-provider-api'],
    remediation:
      'Scope the cloud-controller-manager and node identities to the API calls they need, prefer short-lived workload identities (IRSA, GKE Workload Identity, Azure Workload Identity) over static keys, and block pod egress to the instance metadata service (169.254.169.254) or require IMDSv2 with a hop limit of 1.',
  },
  {
    slug: 'monitoring',
    title: 'Monitor and alert on anomalous behaviour',
    stride: ['repudiation', 'denial-of-service', 'elevation-of-privilege'],
    techs: ['kubernetes', 'docker', 'web-application'],
    remediation:
      'Collect runtime events (Falco, auditd), resource usage and access logs centrally and alert on anomalies.',
  },
  {
    slug: 'backup',
    title: 'Back up data and test restores',
    stride: ['tampering', 'denial-of-service'],
    techs: ['database', 'etcd', 'image-registry'],
    remediation: 'Take encrypted, off-site backups (etcd snapshots included) and rehearse restores.',
  },
  {
    slug: 'namespace-isolation',
    title: 'Do not share process, network or IPC namespaces between containers unless required',
    stride: ['spoofing', 'elevation-of-privilege', 'information-disclosure'],
    techs: ['container', 'kubernetes-workload', 'docker-daemon'],
    remediation:
      'Avoid `shareProcessNamespace`, `--pid=container:`/`--network=container:` and host namespaces; review every sidecar that needs them.',
  },
  {
    slug: 'admission-control',
    title: 'Enforce workload policy at admission',
    stride: ['elevation-of-privilege', 'tampering'],
    techs: ['kubernetes', 'kube-apiserver'],
    remediation:
      'Enforce Pod Security Standards (restricted) and image policies with Pod Security Admission, Kyverno or Gatekeeper.',
  },
]);
