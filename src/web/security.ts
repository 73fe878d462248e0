import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The server's guards. The UI listens on loopback, but any web page the user visits can make the browser send
 * requests there, and a DNS name rebound to 127.0.0.1 makes them same-origin for the browser. So: the Host header
 * must name loopback and our port (a rebound name does not), a request carrying another Origin or a cross-site
 * Sec-Fetch-Site is refused, and every request needs the random token printed in the URL.
 */
export interface Guard {
  token: string;
  cookieName: string;
  /** 403 for a foreign Host or Origin, 401 for a missing or wrong token; `undefined` when the request may go on. */
  check(req: IncomingMessage, url: URL): { status: 401 | 403; message: string } | undefined;
  /** The token sent as `?token=` on the first load, when it is right. */
  queryToken(url: URL): boolean;
  cookie(): string;
}

export const TOKEN_HEADER = 'x-stridebench-token';

export function createGuard(port: number, token = randomBytes(32).toString('base64url')): Guard {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  // Cookies are not kept apart by port: the name carries it, so two servers do not overwrite each other's token.
  const cookieName = `stridebench-${port}`;
  const matches = (given: string | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };
  return {
    token,
    cookieName,
    check(req, url) {
      const host = req.headers.host;
      if (!host || !hosts.has(host.toLowerCase())) return { status: 403, message: 'forbidden: unexpected Host' };
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin)) return { status: 403, message: 'forbidden: foreign Origin' };
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        return { status: 403, message: 'forbidden: cross-site request' };
      const header = req.headers[TOKEN_HEADER];
      const fromHeader = typeof header === 'string' ? header : undefined;
      if (matches(fromHeader) || matches(cookieValue(req.headers.cookie, cookieName)) || this.queryToken(url))
        return undefined;
      return { status: 401, message: 'unauthorized: open the URL that `stridebench serve` printed' };
    },
    queryToken(url) {
      return matches(url.searchParams.get('token') ?? undefined);
    },
    cookie() {
      return `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`;
    },
  };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * Headers on every response. CodeMirror adds its styles at run time: through constructable style sheets where the
 * browser has them, else through a <style> element carrying the nonce of this response (EditorView.cspNonce).
 */
export function securityHeaders(res: ServerResponse, nonce?: string): void {
  const style = nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'";
  res.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self'; ${style}; connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}
