import { beforeAll, describe, expect, it } from 'vitest';
import { incidentCatalog } from '../../examples/service-desk-day/call-generation.js';
import {
  defaultSimulationOptions,
  type SimulationOptions,
} from '../../examples/service-desk-day/desk-setup.js';
import { dayStarts, renderHtmlReport } from '../../examples/service-desk-day/html-report.js';
import { count, noun, typeset } from '../../examples/service-desk-day/report-labels.js';
import {
  runSimulation,
  type SimulationResult,
} from '../../examples/service-desk-day/simulation.js';
import { renderTerminalReport } from '../../examples/service-desk-day/terminal-report.js';

const small: SimulationOptions = {
  ...defaultSimulationOptions,
  seed: 4242,
  days: 2,
  agents: 3,
  rate: 14,
};

let result: SimulationResult;
let fr: string;
let en: string;
beforeAll(async () => {
  result = await runSimulation(small);
  fr = renderHtmlReport(result, 'fr');
  en = renderHtmlReport(result, 'en');
});

/** The text between tags (what a reader sees), entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('the SLA bars carry their value and sample size', () => {
  it('one value and one « n= » per bar, the counts of the indicators', () => {
    const bars = [...en.matchAll(/<rect class="sla-bar" data-priority="(\d)" data-kind="(\w+)"/g)];
    expect(bars).toHaveLength(8);
    const sizes = [...en.matchAll(/<text class="bar-n"[^>]*>n=([\d,]+)<\/text>/g)].map((m) =>
      Number((m[1] as string).replace(/,/g, '')),
    );
    const expected = [...result.indicators.sla.values()].flatMap((l) => [
      l.detection.total,
      l.resolution.total,
    ]);
    expect(sizes).toEqual(expected);
    const values = [...en.matchAll(/<text class="bar-value"[^>]*>([^<]+)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(values).toEqual(
      [...result.indicators.sla.values()].flatMap((l) =>
        [l.detection, l.resolution].map((c) =>
          c.total === 0 ? '—' : `${Math.round((c.rate ?? 0) * 100)} %`,
        ),
      ),
    );
  });
});

describe('the charts have axis titles and day separators', () => {
  it('titles both axes of every chart, in the report’s language', () => {
    const titles = [...fr.matchAll(/<text class="axis-title"[^>]*>([^<]+)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(titles).toEqual([
      'Priorité',
      'Dossiers dans le délai (%)',
      'Heure (Europe/Paris)',
      'Appels',
      'Fin de l’heure (Europe/Paris)',
      'Dossiers ouverts',
    ]);
  });

  it('separates the days of a two-day run on both hourly charts, with the new day’s date', () => {
    expect(en.match(/class="day-separator"/g)).toHaveLength(2);
    expect(en.match(/<text class="day-label"[^>]*>Tue 3 Mar<\/text>/g)).toHaveLength(2);
    const oneDay = renderHtmlReport({ ...result, hours: result.hours.slice(0, 10) }, 'en');
    expect(oneDay).not.toContain('day-separator');
  });

  it('finds where each day starts, in Paris time', () => {
    const at = (iso: string) => new Date(iso);
    expect(
      dayStarts([
        at('2026-03-02T16:00:00Z'),
        at('2026-03-02T22:59:00Z'), // 23:59 in Paris, same day
        at('2026-03-02T23:00:00Z'), // midnight in Paris
        at('2026-03-03T08:00:00Z'),
        at('2026-03-05T08:00:00Z'),
      ]),
    ).toEqual([2, 4]);
  });
});

describe('French typography and plurals', () => {
  it('puts a no-break space before « : » and « % », a narrow one before « ; ! ? », and inside « »', () => {
    expect(typeset('Appels : 5 % ; « oui » ! vraiment ?', 'fr')).toBe(
      'Appels\u00a0: 5\u00a0%\u202f; «\u00a0oui\u00a0»\u202f! vraiment\u202f?',
    );
    expect(typeset('Calls: 5 %', 'en')).toBe('Calls: 5 %');
    expect(typeset('08:00–18:00', 'fr')).toBe('08:00–18:00');
  });

  it('leaves no breakable space before « : », « % », « ; » in the French page or terminal report', () => {
    for (const text of [visibleText(fr), renderTerminalReport(result, 'fr')]) {
      expect(text).not.toMatch(/ [:%;!?»]/);
      expect(text).not.toMatch(/« /);
      expect(text).toMatch(/\u00a0%/);
      expect(text).toMatch(/\u00a0:/);
    }
  });

  it('writes one thing in the singular, and zero in the singular in French only', () => {
    expect(count(1, 'call', 'callsWord', 'fr')).toBe('1 appel');
    expect(count(2, 'call', 'callsWord', 'fr')).toBe('2 appels');
    expect(count(0, 'call', 'callsWord', 'fr')).toBe('0 appel');
    expect(count(0, 'call', 'callsWord', 'en')).toBe('0 calls');
    expect(count(1, 'transfer', 'transfers', 'en')).toBe('1 transfer');
    expect(count(12345, 'ticket', 'ticketsWord', 'fr')).toBe('12\u202f345 dossiers');
    expect(noun(1, 'incident', 'incidents', 'en')).toBe('incident');
    const one = renderTerminalReport(
      { ...result, options: { ...small, agents: 1, days: 1 } },
      'en',
    );
    expect(one).toContain(', 1 day (');
    expect(one).toContain(', 1 level-1 technician, ');
  });
});

describe('the incident and fix catalogue is translated', () => {
  it('names problems and their fixes in the report’s language', () => {
    const known = incidentCatalog;
    const html = { en: visibleText(en), fr: visibleText(fr) };
    const terminal = {
      en: renderTerminalReport(result, 'en'),
      fr: renderTerminalReport(result, 'fr'),
    };
    let shown = 0;
    for (const type of known) {
      const other = (lang: 'fr' | 'en') => (lang === 'fr' ? 'en' : 'fr');
      for (const lang of ['fr', 'en'] as const) {
        for (const text of [html[lang], terminal[lang]]) {
          if (!text.includes(typeset(type.symptom[lang], lang))) continue;
          shown++;
          expect(text).not.toContain(type.symptom[other(lang)]);
          const fix = type.rootCause?.fix;
          if (fix !== undefined && text.includes(fix[other(lang)])) {
            throw new Error(`${lang} report shows the ${other(lang)} fix ${fix[other(lang)]}`);
          }
        }
      }
    }
    expect(shown).toBeGreaterThan(0);
  });
});
