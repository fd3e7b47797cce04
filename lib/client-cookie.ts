// The browser side of the console's UI cookies (theme, Region, flash). Values are plain tokens; nothing secret.
export function setClientCookie(name: string, value: string, maxAgeSeconds = 31_536_000): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser the console supports
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=${maxAgeSeconds}; samesite=lax`;
}

export function clearClientCookie(name: string): void {
  setClientCookie(name, '', 0);
}
