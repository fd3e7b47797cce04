// The Content-Security-Policy of every page: scripts only from the console itself and with this response's nonce
// (no 'unsafe-eval' outside `next dev`, no inline script without the nonce), no framing by anyone
// (frame-ancestors 'none'), forms and fetches only to the console. Styles allow inline attributes (the UI sets
// a few style props); they cannot run code. Pure; proxy.ts sets it per request.

export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
