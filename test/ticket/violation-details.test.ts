import { describe, expect, it } from 'vitest';
import { problemId } from '../../src/problem/index.js';
import {
  decideTicket,
  defaultTicketPolicy,
  defineTicketPolicy,
  parseTicketCommand,
  type TicketCommand,
  type TicketPolicy,
  type TicketState,
  ticketCommandTypes,
  ticketId,
} from '../../src/ticket/index.js';
import {
  alice,
  bob,
  carol,
  handledByAlice,
  handoffNote,
  I1,
  I2,
  openCommand,
  run,
  startTocRebuild,
  t,
  tocFix,
  tom,
  vendor,
} from './ticket-fixtures.js';

// A refusal's `details` are API: a desk's UI shows the handler, the intervention or the
// status the refusal names. Each case below pins the refusal's code AND its whole details
// (the ticket's messages are fixed texts per code, pinned by the code), on the fixtures' call:
// Mme Martin's Word table of contents, opened, qualified and handled by alice at level 1
// (§1.2, §2.5, §4). An emptied details object, or a detail dropped, fails here.

const refused = (command: unknown, state: TicketState, policy?: TicketPolicy) => {
  const r = decideTicket(command as TicketCommand, state, policy);
  return r.ok ? 'accepted' : r.error.map((v) => [v.code, v.details]);
};

const start = startTocRebuild;
const fix = tocFix;
const report = {
  type: 'record-report',
  at: t(9),
  actor: alice,
  interventionId: I1,
  report: { summary: 'Styles reapplied, table rebuilt', outcome: 'finished' },
} as const;
const qualify = {
  type: 'qualify',
  at: t(2),
  actor: alice,
  impact: 'user',
  urgency: 'blocked',
} as const;

const handled = () => run(handledByAlice).state;
const started = () => run([...handledByAlice, start]).state;
const resolved = () => run([...handledByAlice, start, fix, report]).state;
const qualified = () => run([openCommand(), qualify]).state;

describe('who may act: each refusal names the one who may', () => {
  it.each([
    [
      'qualify at level 2 (§2.5)',
      { ...qualify, actor: bob },
      () => run([openCommand()]).state,
      [['not-level-1', { level: 2 }]],
    ],
    [
      'take in charge a call qualified by someone else',
      { type: 'take-in-charge', at: t(3), actor: carol, mode: 'direct' },
      qualified,
      [['not-the-qualifier', { qualifier: 'alice' }]],
    ],
    [
      'start an intervention on a call handled by someone else',
      { ...start, actor: carol },
      handled,
      [['not-the-handler', { handler: 'alice' }]],
    ],
    [
      'pause a call handled by someone else',
      { type: 'pause', at: t(5), actor: carol, reason: 'waiting-for-user' },
      handled,
      [['not-the-handler', { handler: 'alice' }]],
    ],
    [
      'resume a call handled by someone else',
      { type: 'resume', at: t(6), actor: carol },
      () =>
        run([
          ...handledByAlice,
          { type: 'pause', at: t(5), actor: alice, reason: 'waiting-for-user' },
        ]).state,
      [['not-the-handler', { handler: 'alice' }]],
    ],
    [
      'acknowledge a hand-off made to someone else',
      { type: 'acknowledge', at: t(10), actor: carol },
      () =>
        run([
          ...handledByAlice,
          {
            type: 'hand-off',
            at: t(9),
            actor: alice,
            to: bob,
            situation: { cause: 'beyond-competence' },
            note: handoffNote,
          },
        ]).state,
      [['not-the-handler', { handler: 'bob' }]],
    ],
    [
      'apply a solution in an intervention one is not part of',
      { ...fix, actor: carol },
      started,
      [['not-involved', { interventionId: 'I-1' }]],
    ],
    [
      "record another technician's report",
      { ...report, actor: bob },
      started,
      [['not-the-performer', { performer: 'alice' }]],
    ],
    [
      'cancel at level 2',
      { type: 'cancel', at: t(4), actor: bob, reason: 'opened-in-error' },
      handled,
      [['not-level-1', { level: 2 }]],
    ],
    [
      'cancel a call someone else opened',
      { type: 'cancel', at: t(4), actor: carol, reason: 'opened-in-error' },
      handled,
      [['not-the-opener', { opener: 'alice' }]],
    ],
    [
      'rebaseline the policy at level 2',
      { type: 'rebaseline-policy', at: t(20), actor: bob, reason: 'New contract' },
      handled,
      [['not-level-1', { level: 2 }]],
      'v2',
    ],
  ])('%s', (_, command, state, expected, version?: string) => {
    const policy = version === undefined ? undefined : defineTicketPolicy({ version });
    expect(refused(command, state(), policy)).toEqual(expected);
  });
});

describe('what is refused: each refusal names the status, the item or the limit', () => {
  it.each([
    [
      'qualify a resolved call',
      { ...qualify, at: t(20) },
      resolved,
      [['not-in-progress', { status: 'resolved' }]],
    ],
    [
      'pause a resolved call',
      { type: 'pause', at: t(20), actor: alice, reason: 'waiting-for-user' },
      resolved,
      [['not-in-progress', { status: 'resolved' }]],
    ],
    [
      'apply a solution to a resolved call',
      { ...fix, at: t(20) },
      resolved,
      [['not-in-progress', { status: 'resolved' }]],
    ],
    [
      'start an intervention under an id taken',
      { ...start, at: t(5) },
      started,
      [['intervention-id-taken', { interventionId: 'I-1' }]],
    ],
    [
      'send a technician on site under an id taken',
      {
        type: 'dispatch-on-site',
        at: t(6),
        actor: alice,
        interventionId: I1,
        performer: tom,
        request: { diagnosis: 'Dead power supply: no LED, no fan' },
      },
      started,
      [['intervention-id-taken', { interventionId: 'I-1' }]],
    ],
    [
      'apply a solution in an unknown intervention',
      { ...fix, interventionId: I2 },
      started,
      [['unknown-intervention', { interventionId: 'I-2' }]],
    ],
    [
      'report an unknown intervention',
      { ...report, interventionId: I2 },
      started,
      [['unknown-intervention', { interventionId: 'I-2' }]],
    ],
    [
      'report an intervention twice',
      { ...report, at: t(10) },
      resolved,
      [['report-already-recorded', { interventionId: 'I-1' }]],
    ],
    [
      'override the matrix without a reason (§2.5)',
      { ...qualify, priority: 1 },
      () => run([openCommand()]).state,
      [['override-reason-required', { matrixPriority: 3, priority: 1 }]],
    ],
    [
      'send an assignee of level 3 for a deferred handling',
      { type: 'take-in-charge', at: t(3), actor: alice, mode: 'deferred', assignee: vendor },
      qualified,
      [['deferred-level-invalid', { level: 3 }]],
    ],
    [
      'hand off to the same level (§4.3.1)',
      {
        type: 'hand-off',
        at: t(9),
        actor: alice,
        to: carol,
        situation: { cause: 'beyond-competence' },
        note: handoffNote,
      },
      handled,
      [['handoff-not-allowed', { from: 1, to: 1 }]],
    ],
    [
      'reopen a call that is not resolved',
      { type: 'reopen', at: t(10), actor: alice, reason: 'Still broken' },
      handled,
      [['not-resolved', { status: 'in-progress' }]],
    ],
    [
      'reopen after the window (5 opening days)',
      { type: 'reopen', at: t(60 * 24 * 30), actor: alice, reason: 'Still broken' },
      resolved,
      [
        [
          'reopen-window-elapsed',
          { resolvedAt: t(8), deadline: new Date('2026-03-07T09:08:00.000Z') },
        ],
      ],
    ],
    [
      'link the same problem twice',
      { type: 'link-problem', at: t(6), actor: alice, problemId: problemId('PB-1') },
      () =>
        run([
          ...handledByAlice,
          { type: 'link-problem', at: t(5), actor: alice, problemId: problemId('PB-1') },
        ]).state,
      [['problem-already-linked', { problemId: 'PB-1' }]],
    ],
    [
      'cancel a call as a duplicate of itself',
      { type: 'cancel', at: t(4), actor: alice, reason: 'duplicate', duplicateOf: ticketId('T-1') },
      handled,
      [['duplicate-of-itself', { ticketId: 'T-1' }]],
    ],
    [
      'cancel a call once a solution is applied',
      { type: 'cancel', at: t(9), actor: alice, reason: 'opened-in-error' },
      () => run([...handledByAlice, start, fix]).state,
      [['solution-already-applied', { lastSolution: 'definitive' }]],
    ],
    [
      'send nobody on site without a diagnosis (§4.3.4)',
      {
        type: 'dispatch-on-site',
        at: t(6),
        actor: alice,
        interventionId: I1,
        performer: tom,
        request: { diagnosis: ' ' },
      },
      handled,
      // Without a diagnosis level 1 hands off to level 2, as beyond its competence.
      [['on-site-diagnosis-required', { situation: { cause: 'beyond-competence' } }]],
    ],
    [
      'date a command before the last event',
      { type: 'pause', at: t(1), actor: alice, reason: 'waiting-for-user' },
      handled,
      [['command-before-last-event', { lastEventAt: t(3) }]],
    ],
  ])('%s', (_, command, state, expected) => {
    expect(refused(command, state())).toEqual(expected);
  });
});

describe('the policy a ticket is pinned to is named', () => {
  it('a command under another policy names both versions', () => {
    const v2 = defineTicketPolicy({ version: 'v2' });
    expect(
      refused({ type: 'pause', at: t(5), actor: alice, reason: 'waiting-for-user' }, handled(), v2),
    ).toEqual([['policy-version-mismatch', { pinned: defaultTicketPolicy.version, given: 'v2' }]]);
  });

  it('a rebaseline to the policy in force names its version', () => {
    expect(
      refused(
        { type: 'rebaseline-policy', at: t(20), actor: alice, reason: 'New contract' },
        handled(),
      ),
    ).toEqual([['policy-already-in-force', { version: defaultTicketPolicy.version }]]);
  });
});

describe('parseTicketCommand names the type or the path and the reason', () => {
  it('an unknown type: the type given, the types known and why', () => {
    const r = parseTicketCommand({ type: 'delete' });
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details])).toEqual([
      [
        'unknown-command',
        { type: 'delete', expected: ticketCommandTypes, reason: expect.stringContaining('delete') },
      ],
    ]);
  });

  it('a malformed field: its path and the reason', () => {
    const r = parseTicketCommand({ type: 'close', at: 'yesterday', actor: alice });
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details])).toEqual([
      ['malformed-command', { path: ['at'], reason: expect.stringContaining('"yesterday"') }],
    ]);
  });
});
