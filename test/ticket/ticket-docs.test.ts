import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onSiteViolationCodes } from '../../src/handling/index.js';
import {
  ticketCommandTypes,
  ticketEventTypes,
  ticketViolationCodes,
} from '../../src/ticket/index.js';

const root = resolve(import.meta.dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'ticket.md'), 'utf8');
const sources = readdirSync(join(root, 'src', 'ticket'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(root, 'src', 'ticket', f), 'utf8'))
  .join('\n');

describe('docs/ticket.md', () => {
  it('documents every violation code the ticket can return', () => {
    const missing = [...ticketViolationCodes, ...onSiteViolationCodes].filter(
      (code) => !new RegExp(`^\\|\\s*\`${code}\`\\s*\\|`, 'm').test(doc),
    );
    expect(missing).toEqual([]);
  });

  it('every code used in the source is a listed code', () => {
    const used = [
      ...sources.matchAll(
        /(?:refuse|refuseShared|ticketViolation|violationFrom\(messages,)\s*\(?'([a-z0-9-]+)'/g,
      ),
    ].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(20);
    expect(
      used.filter((code) => !(ticketViolationCodes as readonly string[]).includes(code as string)),
    ).toEqual([]);
  });

  it('documents every command and every event', () => {
    expect(ticketCommandTypes.filter((t) => !doc.includes(`\`${t}\``))).toEqual([]);
    expect(ticketEventTypes.filter((t) => !doc.includes(`\`${t}\``))).toEqual([]);
  });

  it('draws the state diagram in Mermaid', () => {
    expect(doc).toMatch(/```mermaid\nstateDiagram-v2/);
  });
});
