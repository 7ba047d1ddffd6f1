import { createKnownErrorBase, problemId, searchKnownErrors } from '../../src/problem/index.js';

/** 200 KB of distinct words: a symptom that took seconds when terms were deduplicated in a list. */
function distinctWords(bytes: number): string {
  const words: string[] = [];
  let length = 0;
  for (let n = 0; length < bytes; n++) {
    const word = `mot${n.toString(36)}`;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

export function searchA200KbSymptom(): number {
  const base = createKnownErrorBase(
    Array.from({ length: 200 }, (_, n) => ({
      id: problemId(`PB-${n}`),
      status: 'known-error' as const,
      title: `Panne ${n} mot${n.toString(36)}`,
      keywords: [],
      cause: 'Cause',
      solutions: [{ kind: 'workaround' as const, description: 'Contournement' }],
      incidents: [],
      internalNotes: [],
    })),
  );
  // Forty searches: about a second when linear, minutes when quadratic (the guard's 20 s
  // limit is far from both).
  const symptom = distinctWords(200_000);
  let found = 0;
  for (let i = 0; i < 40; i++) found = searchKnownErrors(base, { symptom }).length;
  return found;
}
