/**
 * The simulation's HTML report in a real browser: Debian's headless Chromium loads the page
 * written by `npm start -- --html`, with no console error, no failed or network request, and
 * the test reads what the browser RENDERED: the chart labels (axis titles, day separators),
 * the sample sizes on the SLA bars and their layout (labels that do not overlap), and French
 * typography. It runs when Chromium is there (`scripts/ensure-chromium.sh` installs it), and
 * FAILS, rather than skips, when it is missing under `CI=true`.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultSimulationOptions,
  type SimulationOptions,
} from '../../examples/service-desk-day/desk-setup.js';
import { renderHtmlReport } from '../../examples/service-desk-day/html-report.js';
import {
  runSimulation,
  type SimulationResult,
} from '../../examples/service-desk-day/simulation.js';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(executablePath);
const inCi = process.env.CI === 'true';

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const small: SimulationOptions = {
  ...defaultSimulationOptions,
  seed: 4242,
  days: 2,
  agents: 3,
  rate: 14,
};

/** What the browser reported while it loaded a page. */
interface Loaded {
  readonly page: Page;
  readonly problems: string[];
}

// Under CI=true a missing browser is a failure, never a silent skip.
it.runIf(!present && inCi)('has Chromium installed in CI', () => {
  expect.fail(
    `Chromium is missing at ${executablePath} while CI=true: run scripts/ensure-chromium.sh before the tests.`,
  );
});

describe.skipIf(!present)('the HTML report in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let result: SimulationResult;
  const pages = new Map<'fr' | 'en', Loaded>();

  beforeAll(async () => {
    result = await runSimulation(small);
    dir = mkdtempSync(join(tmpdir(), 'desk-browser-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath,
      headless: true,
      args: flags,
      viewport: { width: 1400, height: 1200 },
      timeout: 60_000,
    });
    for (const lang of ['fr', 'en'] as const) {
      const file = join(dir, `desk-${lang}.html`);
      writeFileSync(file, renderHtmlReport(result, lang));
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) problems.push(`network request: ${r.url()}`);
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      pages.set(lang, { page, problems });
    }
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  const loaded = (lang: 'fr' | 'en') => pages.get(lang) as Loaded;

  /** The boxes the browser laid out for the elements that `selector` finds, in order. */
  async function boxes(page: Page, selector: string) {
    const all = page.locator(selector);
    const out: { x: number; y: number; width: number; height: number }[] = [];
    for (let k = 0; k < (await all.count()); k++) {
      const box = await all.nth(k).boundingBox();
      if (box === null) throw new Error(`${selector} #${k} is not rendered`);
      out.push(box);
    }
    return out;
  }

  it('loads both pages with no console error, no page error and no request beyond the file', () => {
    for (const lang of ['fr', 'en'] as const) expect(loaded(lang).problems).toEqual([]);
  });

  it('renders three charts, each with both axis titles', async () => {
    const { page } = loaded('en');
    expect(await page.locator('figure svg').count()).toBe(3);
    expect(await page.locator('text.axis-title').allTextContents()).toEqual([
      'Priority',
      'Tickets within target (%)',
      'Hour (Europe/Paris)',
      'Calls',
      'End of the hour (Europe/Paris)',
      'Open tickets',
    ]);
    // Rendered, not just present: every title takes room on screen (the y titles are rotated).
    for (const box of await boxes(page, 'text.axis-title'))
      expect(Math.max(box.width, box.height)).toBeGreaterThan(20);
  });

  it('shows each SLA bar’s sample size and value, side by side without overlapping', async () => {
    const { page } = loaded('en');
    const sizes = (await page.locator('text.bar-n').allTextContents()).map((t) =>
      Number(t.replace(/^n=/, '').replace(/,/g, '')),
    );
    expect(sizes).toEqual(
      [...result.indicators.sla.values()].flatMap((l) => [l.detection.total, l.resolution.total]),
    );
    expect(await page.locator('text.bar-value').count()).toBe(8);
    for (const kind of ['bar-n', 'bar-value']) {
      const placed = (await boxes(page, `text.${kind}`)).map((b) => ({
        left: b.x,
        right: b.x + b.width,
        top: b.y,
        bottom: b.y + b.height,
      }));
      expect(placed).toHaveLength(8);
      for (let k = 1; k < placed.length; k++) {
        const a = placed[k - 1] as (typeof placed)[number];
        const b = placed[k] as (typeof placed)[number];
        const overlap =
          a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top;
        expect(overlap, `${kind} labels ${k - 1} and ${k} overlap`).toBe(false);
      }
    }
  });

  it('separates the two days on both hourly charts and names the second', async () => {
    const { page } = loaded('fr');
    expect(await page.locator('line.day-separator').count()).toBe(2);
    expect(await page.locator('text.day-label').allTextContents()).toEqual([
      'mar. 3 mars',
      'mar. 3 mars',
    ]);
  });

  it('renders the at-risk list: the most urgent open tickets, in the accumulator’s order', async () => {
    const { page } = loaded('en');
    const rows = page.locator('#at-risk tbody tr');
    const expected = result.atRisk.slice(0, 5);
    expect(expected.length).toBeGreaterThan(0);
    expect(await rows.count()).toBe(expected.length);
    const tickets = await page.locator('#at-risk tbody tr td:first-child').allTextContents();
    expect(tickets).toEqual(expected.map((t) => t.ticketId.replace(/^ticket-/, '')));
    const priorities = await page.locator('#at-risk tbody tr td:nth-child(2)').allTextContents();
    expect(priorities).toEqual(expected.map((t) => `P${t.priority}`));
    // Each row says how far past, or before, its due instant the ticket is; overdue rows stand out.
    for (const [k, t] of expected.entries()) {
      const last = await rows.nth(k).locator('td').last().textContent();
      expect(last).toMatch(t.urgencyMs < 0 ? /^overdue by / : /^left /);
      expect(await rows.nth(k).getAttribute('class')).toBe(t.urgencyMs < 0 ? 'overdue' : null);
    }
    for (const box of await boxes(page, '#at-risk tbody tr')) expect(box.height).toBeGreaterThan(5);
  });

  it('renders the staffing table and the budget what-if with their headings', async () => {
    for (const [lang, head] of [
      ['en', ['Technicians', 'Answered in 20 s', 'ASA', 'Abandoned', 'Occupancy']],
      ['fr', ['Techniciens', 'Répondus en 20 s', 'ASA', 'Raccrochés', 'Occupation']],
    ] as const) {
      const { page } = loaded(lang);
      expect(await page.locator('#staffing thead th').allTextContents()).toEqual(head);
      // From the run's count − 2 (at least 1) to + 3, plus the measured row under the run's own.
      const counts = await page.locator('#staffing tbody td:first-child').allTextContents();
      expect(counts.length).toBe(small.agents + 3 - Math.max(1, small.agents - 2) + 1 + 1);
      expect(await page.locator('#staffing tr.this-run td:first-child').textContent()).toMatch(
        new RegExp(`^${small.agents} `),
      );
      expect(await page.locator('#staffing tr.measured').count()).toBe(1);
      expect(await page.locator('#budget-what-if tbody tr').count()).toBe(4);
      expect(await page.locator('#budget-what-if thead th').first().textContent()).toBe('Budget');
    }
  });

  it('uses French typography in the rendered French page', async () => {
    const { page } = loaded('fr');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out on screen is the point
    const text = await page.locator('body').innerText();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(text).toMatch(/\d\u00a0%/);
    expect(text).toMatch(/Appels\u00a0: /);
    expect(text).not.toMatch(/ [:%;!?»]/);
    expect(text).toContain('Dossiers dans le délai (%)');
    // The catalogue in French: the known error's fix as level 2 would write it in French.
    const fixes = await page.locator('li em').allTextContents();
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) expect(fix).toMatch(/^solution\u00a0: /);
  });
});
