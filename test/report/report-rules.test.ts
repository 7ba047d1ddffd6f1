// The cross-field rules of seed § 6.5, word for word, and where they stop reading.
import { describe, expect, it } from 'vitest';
import { parseInterventionReport, type ReportIssue } from '../../src/report/index.js';
import { copy, createdReport, finishedReport, setAt, unfinishedReport } from './report-fixtures.js';

function issuesOf(input: unknown): readonly ReportIssue[] {
  const result = parseInterventionReport(input);
  return result.ok ? [] : result.error;
}

describe('the cross-field rules (§6.5), word for word', () => {
  it('outside the contract without an amount', () => {
    const document = setAt(copy(unfinishedReport), ['amount'], undefined);
    expect(issuesOf(document)).toStrictEqual([
      {
        code: 'amount-missing',
        path: ['amount'],
        message: {
          fr: 'Une intervention hors contrat doit indiquer son montant.',
          en: 'An intervention outside the contract must state its amount.',
        },
      },
    ]);
  });

  it('covered by the contract with an amount', () => {
    const document = setAt(copy(finishedReport), ['amount'], { minorUnits: 100, currency: 'EUR' });
    expect(issuesOf(document)).toStrictEqual([
      {
        code: 'amount-on-contract',
        path: ['amount'],
        message: {
          fr: 'Une intervention couverte par le contrat n’a pas de montant.',
          en: 'An intervention covered by the contract has no amount.',
        },
      },
    ]);
  });

  it('covered by the contract without its number', () => {
    const document = setAt(copy(createdReport), ['contractNumber'], undefined);
    expect(issuesOf(document)).toStrictEqual([
      {
        code: 'contract-number-missing',
        path: ['contractNumber'],
        message: {
          fr: 'Une intervention couverte par le contrat doit indiquer le numéro de contrat du client.',
          en: 'An intervention covered by the contract must state the customer’s contract number.',
        },
      },
    ]);
  });

  it('not finished, and nothing said of what follows', () => {
    const document = setAt(copy(unfinishedReport), ['intervention', 'followUp'], undefined);
    expect(issuesOf(document)).toStrictEqual([
      {
        code: 'follow-up-missing',
        path: ['intervention', 'followUp'],
        message: {
          fr: 'Une intervention non terminée doit indiquer la suite à donner.',
          en: 'An unfinished intervention must state what follows.',
        },
      },
    ]);
  });

  it('an end before the start, with both times in the details', () => {
    const document = setAt(
      copy(finishedReport),
      ['intervention', 'endedAt'],
      '2026-03-02T09:00:00+01:00',
    );
    expect(issuesOf(document)).toStrictEqual([
      {
        code: 'end-not-after-start',
        path: ['intervention', 'endedAt'],
        message: {
          fr: 'L’heure de fin doit être postérieure à l’heure de début.',
          en: 'The end time must be after the start time.',
        },
        details: { startedAt: '2026-03-02T09:30:00+01:00', endedAt: '2026-03-02T09:00:00+01:00' },
      },
    ]);
  });
});

describe('the cross-field rules read only what is there', () => {
  it('a user or an intervention that is null is a wrong type, and nothing more', () => {
    expect(issuesOf(setAt(copy(finishedReport), ['user'], null)).map((i) => i.code)).toEqual([
      'wrong-type',
    ]);
    expect(
      issuesOf(setAt(copy(finishedReport), ['intervention'], null)).map((i) => [
        i.code,
        i.path.join('.'),
      ]),
    ).toEqual([['wrong-type', 'intervention']]);
  });

  it('a start time of 64 characters (the longest read) is compared; 65 is too long', () => {
    // 09:30Z, after the end 10:20+01:00 (09:20Z), with a 43-digit fraction of a second.
    const start64 = `2026-03-02T09:30:00.${'0'.repeat(43)}Z`;
    expect(start64).toHaveLength(64);
    const at = (startedAt: string) =>
      issuesOf(setAt(copy(finishedReport), ['intervention', 'startedAt'], startedAt)).map((i) => [
        i.code,
        i.path.join('.'),
      ]);
    expect(at(start64)).toEqual([['end-not-after-start', 'intervention.endedAt']]);
    expect(at(`2026-03-02T09:30:00.${'0'.repeat(44)}Z`)).toEqual([
      ['text-too-long', 'intervention.startedAt'],
    ]);
  });
});
