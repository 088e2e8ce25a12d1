// Cancellation helpers shared by every long-running stage: one error shape for "the user cancelled".
export function abortError(): Error {
  const error = new Error('The job was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
