// The engine logs to stderr; tests that provoke errors on purpose capture it, to assert on it and keep the output clean.

/** Runs fn with stderr captured; returns fn's result and what was written. */
export function captureStderr<T>(fn: () => T): { result: T; logged: string } {
  const write = process.stderr.write;
  let logged = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    logged += chunk.toString();
    return true;
  }) as typeof process.stderr.write;
  try {
    return { result: fn(), logged };
  } finally {
    process.stderr.write = write;
  }
}
