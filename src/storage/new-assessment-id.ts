type RandomSource = Partial<Pick<Crypto, 'randomUUID' | 'getRandomValues'>> | null | undefined;

function randomBytes(source: RandomSource): Uint8Array {
  const bytes = new Uint8Array(16);
  if (typeof source?.getRandomValues === 'function') return source.getRandomValues(bytes);
  // Only very old or unusual environments reach this; ids need to be unique
  // within one browser, not unguessable.
  return bytes.map(() => Math.floor(Math.random() * 256));
}

/** A random id for a new assessment; randomUUID is missing outside secure contexts (plain http). */
export function newAssessmentId(source: RandomSource = globalThis.crypto): string {
  if (typeof source?.randomUUID === 'function') return source.randomUUID();
  return Array.from(randomBytes(source), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
