/**
 * The report as one self-contained HTML page: the same tables as the terminal, and three
 * charts drawn as inline SVG (SLA compliance per priority against its target, with each bar's
 * value and sample size; calls per hour; open tickets), with axis titles and, over several
 * days, a separator at each day. No script, no font, no image, no network. French text gets
 * French typography (`typeset`).
 *
 * The page is a list of sections (`htmlSections`), among them what a desk manager acts on:
 * the telephone queue, the at-risk list (a table, `#at-risk`), the staffing table
 * (`#staffing`, Erlang A beside the run's measurement) and the level-1 budget what-if
 * (`#budget-what-if`). A new section is one more function in the list.
 */
import type { Locale } from 'service-desk-rules';
import { priorities } from 'service-desk-rules/qualification';
import { kpiRows, mark, type SlaRow, slaHeadings, slaRows } from './kpi-table.js';
import {
  atRiskTable,
  atRiskTitle,
  budgetIntro,
  budgetTable,
  openMissesLine,
  queueLines,
  staffingInputs,
  staffingNotes,
  staffingTable,
} from './manager-tables.js';
import { problemRows } from './problem-rows.js';
import { colon, count, formatCount, percent, say, typeset, wholePercent } from './report-labels.js';
import type { HourPoint, SimulationResult } from './simulation.js';
import { headingLines } from './terminal-report.js';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text for the page: typeset for `lang`, then escaped. */
const textFor = (lang: Locale) => (s: string) => escapeHtml(typeset(s, lang));

const GREEN = '#2e7d32';
const RED = '#c62828';
const GREY = '#9e9e9e';
const BLUE = '#1565c0';
const ORANGE = '#ef6c00';
const HOUR_MS = 3_600_000;

/** The frame of a chart: its size and the plot area inside it. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A vertical title along the y axis and a title under the x axis. */
function axisTitles(frame: Frame, x: string, y: string, text: (s: string) => string): string[] {
  const midY = (frame.top + frame.height - frame.bottom) / 2;
  return [
    `<text class="axis-title" x="${(frame.left + (frame.width - frame.right)) / 2}" y="${frame.height - 4}" text-anchor="middle">${text(x)}</text>`,
    `<text class="axis-title" transform="translate(12 ${midY}) rotate(-90)" text-anchor="middle">${text(y)}</text>`,
  ];
}

/** Grouped bars: detection and resolution compliance of each priority, with a target tick. */
function slaChart(rows: readonly SlaRow[], lang: Locale): string {
  const text = textFor(lang);
  const frame: Frame = { width: 620, height: 320, left: 56, right: 10, top: 34, bottom: 76 };
  const plotH = frame.height - frame.top - frame.bottom;
  const groupW = (frame.width - frame.left - frame.right) / Math.max(1, rows.length);
  const barW = groupW / 3;
  const y = (rate: number) => frame.top + plotH * (1 - rate);
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${frame.left}" x2="${frame.width - frame.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e0e0e0"/>`,
      `<text x="${frame.left - 6}" y="${y(tick) + 4}" text-anchor="end">${text(wholePercent(tick))}</text>`,
    );
  }
  rows.forEach((row, g) => {
    row.cells.forEach((c, k) => {
      const x = frame.left + g * groupW + barW * (0.5 + k);
      const rate = c.rate ?? 0;
      const barH = c.total === 0 ? 0 : Math.max(2, plotH * rate); // a 0 % bar stays visible
      const colour = c.ok === null ? GREY : c.ok ? GREEN : RED;
      const name = slaHeadings(lang)[c.kind];
      const centre = (x + barW / 2 - 2).toFixed(1);
      const value = c.total === 0 ? '—' : wholePercent(rate);
      parts.push(
        `<rect class="sla-bar" data-priority="${row.priority}" data-kind="${c.kind}" x="${x.toFixed(1)}" y="${(y(0) - barH).toFixed(1)}" width="${(barW - 4).toFixed(1)}" height="${barH.toFixed(1)}" fill="${colour}" opacity="${k === 0 ? 0.65 : 1}"><title>${text(`${row.label} — ${name}${colon(lang)}${percent(c.rate, lang)} (${c.met}/${c.total}), ≥ ${wholePercent(c.successRate)}`)}</title></rect>`,
        `<line x1="${(x - 2).toFixed(1)}" x2="${(x + barW - 2).toFixed(1)}" y1="${y(c.successRate).toFixed(1)}" y2="${y(c.successRate).toFixed(1)}" stroke="#000" stroke-width="2"/>`,
        // The value above the bar and its sample size under it: « 0 % » of 2 is not « 0 % » of 200.
        // (above the target tick too when it is close, so that the tick does not cross it).
        `<text class="bar-value" x="${centre}" y="${(Math.min(y(0) - barH, y(c.successRate) - 2) - 5).toFixed(1)}" text-anchor="middle">${text(value)}</text>`,
        `<text class="bar-n" x="${centre}" y="${y(0) + 14}" text-anchor="middle">${text(`n=${formatCount(c.total, lang)}`)}</text>`,
        `<text x="${centre}" y="${y(0) + 28}" text-anchor="middle">${k === 0 ? 'D' : 'R'}</text>`,
      );
    });
    parts.push(
      `<text x="${(frame.left + g * groupW + groupW / 2).toFixed(1)}" y="${y(0) + 44}" text-anchor="middle" font-weight="bold">P${row.priority}</text>`,
    );
  });
  parts.push(...axisTitles(frame, say('axisPriority', lang), say('axisWithinTarget', lang), text));
  return svg(frame, say('chartSla', lang), parts, text, say('slaLegend', lang));
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dayKey = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const hourLabel = (d: Date) => hourFormat.format(d);
const shortDay = (d: Date, lang: Locale) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(d);

/**
 * The indices where a new day starts among `instants` (never 0), for the separators of a
 * chart over several days.
 */
export function dayStarts(instants: readonly Date[]): number[] {
  const starts: number[] = [];
  for (let k = 1; k < instants.length; k++) {
    const previous = instants[k - 1] as Date;
    if (dayKey.format(previous) !== dayKey.format(instants[k] as Date)) starts.push(k);
  }
  return starts;
}

/**
 * The time axis of an hourly chart: a dashed separator before each new day, and labels sized
 * to the room: over a few days the hours, with each day's date at the top of its separator;
 * over many, the dates alone (every so many days). Returns the SVG parts and the axis title.
 */
function timeAxis(
  slots: readonly Date[],
  xOf: (k: number) => number,
  separatorX: (k: number) => number,
  frame: Frame,
  lang: Locale,
  hour: { readonly title: string; readonly label: (k: number) => string },
): { parts: string[]; title: string } {
  const text = textFor(lang);
  const starts = dayStarts(slots);
  const days = starts.length + 1;
  const plotW = frame.width - frame.left - frame.right;
  const parts: string[] = [];
  const tick = (k: number, label: string) =>
    `<text class="tick" x="${xOf(k).toFixed(1)}" y="${frame.height - frame.bottom + 14}" text-anchor="middle">${text(label)}</text>`;
  for (const k of starts) {
    const x = separatorX(k);
    parts.push(
      `<line class="day-separator" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${frame.top - 12}" y2="${frame.height - frame.bottom}" stroke="#616161" stroke-dasharray="4 3"/>`,
    );
  }
  if (plotW / days >= 140) {
    for (const k of starts) {
      parts.push(
        `<text class="day-label" x="${(separatorX(k) + 3).toFixed(1)}" y="${frame.top - 4}">${text(shortDay(slots[k] as Date, lang))}</text>`,
      );
    }
    const every = Math.max(1, Math.ceil(slots.length / 12));
    slots.forEach((_, k) => {
      if (k % every === 0) parts.push(tick(k, hour.label(k)));
    });
    return { parts, title: hour.title };
  }
  const everyDays = Math.max(1, Math.ceil(70 / (plotW / days)));
  [0, ...starts].forEach((k, d) => {
    if (d % everyDays === 0) parts.push(tick(k, shortDay(slots[k] as Date, lang)));
  });
  return { parts, title: say('axisDay', lang) };
}

/** Stacked bars: calls answered and abandoned in each hour. */
function callsChart(hours: readonly HourPoint[], lang: Locale): string {
  const text = textFor(lang);
  const frame: Frame = { width: 620, height: 280, left: 56, right: 10, top: 34, bottom: 70 };
  const plotH = frame.height - frame.top - frame.bottom;
  const max = Math.max(1, ...hours.map((h) => h.answered + h.abandoned));
  const barW = (frame.width - frame.left - frame.right) / Math.max(1, hours.length);
  const y = (n: number) => frame.top + plotH * (1 - n / max);
  const parts: string[] = axis(frame, y, max);
  const slots = hours.map((h) => new Date(h.at.getTime() - HOUR_MS)); // the hour that ended at h.at
  const time = timeAxis(
    slots,
    (k) => frame.left + k * barW + barW / 2,
    (k) => frame.left + k * barW,
    frame,
    lang,
    { title: say('axisHour', lang), label: (k) => hourLabel(slots[k] as Date) },
  );
  parts.push(...time.parts);
  hours.forEach((h, k) => {
    const x = frame.left + k * barW;
    const label = hourLabel(slots[k] as Date);
    parts.push(
      `<rect x="${(x + 1).toFixed(1)}" y="${y(h.answered).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(y(0) - y(h.answered)).toFixed(1)}" fill="${BLUE}"><title>${text(`${label} ${say('answered', lang)} ${h.answered}`)}</title></rect>`,
      `<rect x="${(x + 1).toFixed(1)}" y="${y(h.answered + h.abandoned).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(y(h.answered) - y(h.answered + h.abandoned)).toFixed(1)}" fill="${ORANGE}"><title>${text(`${label} ${say('abandoned', lang)} ${h.abandoned}`)}</title></rect>`,
    );
  });
  const legendY = frame.height - frame.bottom + 26;
  parts.push(
    `<rect x="${frame.left}" y="${legendY}" width="10" height="10" fill="${BLUE}"/><text x="${frame.left + 14}" y="${legendY + 9}">${text(say('answered', lang))}</text>`,
    `<rect x="${frame.left + 120}" y="${legendY}" width="10" height="10" fill="${ORANGE}"/><text x="${frame.left + 134}" y="${legendY + 9}">${text(say('abandoned', lang))}</text>`,
    ...axisTitles(frame, time.title, say('axisCalls', lang), text),
  );
  return svg(frame, say('chartCalls', lang), parts, text);
}

/** A line: open tickets at the end of each hour. */
function backlogChart(hours: readonly HourPoint[], lang: Locale): string {
  const text = textFor(lang);
  const frame: Frame = { width: 620, height: 260, left: 56, right: 30, top: 34, bottom: 50 };
  const plotH = frame.height - frame.top - frame.bottom;
  const max = Math.max(1, ...hours.map((h) => h.backlog));
  const step = (frame.width - frame.left - 10 - frame.right) / Math.max(1, hours.length - 1);
  const x = (k: number) => frame.left + 10 + k * step;
  const y = (n: number) => frame.top + plotH * (1 - n / max);
  const parts: string[] = axis(frame, y, max);
  const time = timeAxis(
    hours.map((h) => new Date(h.at.getTime() - 1)), // an hour's end belongs to its day
    x,
    (k) => x(k) - step / 2,
    frame,
    lang,
    { title: say('axisHourEnd', lang), label: (k) => hourLabel(hours[k]?.at ?? new Date(0)) },
  );
  parts.push(...time.parts);
  parts.push(
    `<polyline points="${hours.map((h, k) => `${x(k).toFixed(1)},${y(h.backlog).toFixed(1)}`).join(' ')}" fill="none" stroke="${BLUE}" stroke-width="2"/>`,
  );
  hours.forEach((h, k) => {
    parts.push(
      `<circle cx="${x(k).toFixed(1)}" cy="${y(h.backlog).toFixed(1)}" r="3" fill="${BLUE}"><title>${text(`${hourLabel(h.at)} ${h.backlog}`)}</title></circle>`,
    );
  });
  parts.push(...axisTitles(frame, time.title, say('axisOpenTickets', lang), text));
  return svg(frame, say('chartBacklog', lang), parts, text);
}

function axis(frame: Frame, y: (n: number) => number, max: number): string[] {
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  return ticks.flatMap((t) => [
    `<line x1="${frame.left}" x2="${frame.width - frame.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e0e0e0"/>`,
    `<text x="${frame.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`,
  ]);
}

function svg(
  frame: Frame,
  title: string,
  parts: readonly string[],
  text: (s: string) => string,
  legend?: string,
): string {
  return `<figure><figcaption>${text(title)}</figcaption><svg viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img" aria-label="${text(title)}">${parts.join('')}</svg>${legend === undefined ? '' : `<p class="legend">${text(legend)}</p>`}</figure>`;
}

function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  id?: string,
  rowClass?: (k: number) => string | undefined,
): string {
  const cells = (r: readonly string[], tag: string) =>
    r.map((c) => `<${tag}>${c}</${tag}>`).join('');
  const tr = (k: number) => {
    const c = rowClass?.(k);
    return c === undefined ? '<tr>' : `<tr class="${c}">`;
  };
  return `<table${id === undefined ? '' : ` id="${id}"`}><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r, k) => `${tr(k)}${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}

const markCell = (ok: boolean | null) =>
  ok === null ? '' : `<span class="${ok ? 'ok' : 'ko'}">${mark(ok)}</span>`;

/** A section of the page: its HTML (empty to leave it out). */
export type HtmlSection = (result: SimulationResult, lang: Locale) => string;

/** Calls and tickets. */
const countsSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  const i = result.indicators;
  const t = result.desk.tally;
  const c = colon(lang);
  return `<p>${text(`${say('calls', lang)}${c}${formatCount(i.calls.total, lang)} — ${say('answered', lang)} ${formatCount(i.calls.answered, lang)} · ${say('abandoned', lang)} ${formatCount(i.calls.abandoned, lang)} · ${say('calledBack', lang)} ${formatCount(t.callbacks, lang)}`)}<br>
${text(`${say('tickets', lang)}${c}${formatCount(i.tickets.opened, lang)} — ${say('closed', lang)} ${formatCount(i.tickets.closed, lang)} · ${say('open', lang)} ${formatCount(i.tickets.open, lang)} · ${say('deferred', lang)} ${formatCount(t.deferred, lang)}`)}</p>`;
};

/** The headline indicators against the seed's targets. */
const kpiSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  return table(
    [say('kpi', lang), say('value', lang), say('target', lang), ''].map(text),
    kpiRows(result.indicators, lang).map((r) => [
      text(r.label),
      text(r.value),
      text(r.target),
      markCell(r.ok),
    ]),
  );
};

/** SLA compliance per priority: the table, then the charts. */
const slaSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  const sla = slaRows(result.indicators, lang);
  const h = slaHeadings(lang);
  return `<h2>${text(say('slaTitle', lang))}</h2>
${table(
  [say('priority', lang), '#', h.detection, '', h.resolution, ''].map(text),
  sla.map((row) => [
    text(row.label),
    String(row.tickets),
    ...row.cells.flatMap((c) => [
      text(`${c.met}/${c.total} · ${percent(c.rate, lang)} (≥ ${wholePercent(c.successRate)})`),
      markCell(c.ok),
    ]),
  ]),
)}
<div class="charts">
${slaChart(sla, lang)}
${callsChart(result.hours, lang)}
${backlogChart(result.hours, lang)}
</div>`;
};

/** The telephone queue: ASA, service level, abandons, callers who called again, peak (§4.3.2). */
const queueSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  return `<h2>${text(say('queueTitle', lang))}</h2>
${table(
  [say('kpi', lang), say('value', lang)].map(text),
  queueLines(result, lang).map(([label, value]) => [text(label), text(value)]),
  'queue',
)}`;
};

/** The SLA misses still open and the at-risk list (« breaching now »), as a table. */
const openBreachesSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  const t = atRiskTable(result, lang);
  return `<h2>${text(atRiskTitle(result, lang))}</h2>
<p>${text(openMissesLine(result, lang))}</p>
${
  t.rows.length === 0
    ? `<p>${text(say('noneAtRisk', lang))}</p>`
    : table(
        t.head.map(text),
        t.rows.map((r) => r.map(text)),
        'at-risk',
        (k) => ((result.atRisk[k]?.urgencyMs ?? 0) < 0 ? 'overdue' : undefined),
      )
}`;
};

/** Technicians → Erlang A's prediction, with the run's measurement under its own row. */
const staffingSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  const t = staffingTable(result, lang);
  if (t.rows.length === 0) return '';
  return `<h2>${text(say('staffingTitle', lang))}</h2>
<p>${text(staffingInputs(result, lang))}</p>
${table(
  t.head.map(text),
  t.rows.map((r) => r.map((c) => text(c.trim()))),
  'staffing',
  (k) =>
    k === t.measuredRow ? 'measured' : k === (t.measuredRow ?? 0) - 1 ? 'this-run' : undefined,
)}
<p class="legend">${staffingNotes(lang).map(text).join('<br>')}</p>`;
};

/** The level-1 budget what-if for this desk (§4.3.2). */
const budgetSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  const t = budgetTable(result, lang);
  if (t.rows.length === 0) return '';
  return `<h2>${text(say('budgetTitle', lang))}</h2>
<p>${text(budgetIntro(result, lang))}</p>
${table(
  t.head.map(text),
  t.rows.map((r) => r.map(text)),
  'budget-what-if',
)}`;
};

/** Hand-offs, on-site work and the backlog at the end. */
const handlingSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  const i = result.indicators;
  const t = result.desk.tally;
  return `<h2>${text(say('handoffs', lang))}</h2>
<p>${text(`${count(i.handoffs.transfers, 'transfer', 'transfers', lang)} (${percent(i.handoffs.transferRate, lang)}) · ${count(i.handoffs.escalations, 'escalation', 'escalations', lang)} (${percent(i.handoffs.escalationRate, lang)})`)}</p>
<h2>${text(say('onSite', lang))}</h2>
<p>${text(`${formatCount(t.onSite, lang)} ${say('fieldVisits', lang)} · ${formatCount(t.suppliers, lang)} ${say('supplierVisits', lang)} · ${count(t.loans, 'loan', 'loans', lang)} · ${count(t.replacements, 'replacement', 'replacements', lang)} (§5.1) · ${count(result.desk.reports.length, 'report', 'reports', lang)}`)}</p>
<p>${text(`${say('backlog', lang)}${colon(lang)}${formatCount(i.backlog.total, lang)} (${priorities.map((p) => `P${p} ${i.byPriority.get(p)?.backlog.total ?? 0}`).join(' · ')} · ${say('unqualified', lang)} ${i.backlog.unqualified})`)}</p>`;
};

/** Problems and known errors (§4.4), in the report's language. */
const problemSection: HtmlSection = (result, lang) => {
  const text = textFor(lang);
  const items = problemRows(result, lang).map(
    (r) =>
      `<li><strong>${text(r.id)}</strong> — ${text(`${r.status} · ${count(r.incidents, 'incident', 'incidents', lang)} · ${r.title} — ${r.equipment}`)}${r.fix === undefined ? '' : `<br><em>${text(`${say('fix', lang)}${colon(lang)}${r.fix}`)}</em>`}</li>`,
  );
  return `<h2>${text(say('problems', lang))}</h2>
<p>${text(count(result.desk.tally.knownErrorFixes, 'knownErrorFix', 'knownErrorFixes', lang))}</p>
<ul>${items.length === 0 ? `<li>${text(say('noProblem', lang))}</li>` : items.join('')}</ul>`;
};

/** The sections of the page, in order. */
export const htmlSections: readonly HtmlSection[] = [
  countsSection,
  kpiSection,
  queueSection,
  slaSection,
  openBreachesSection,
  staffingSection,
  budgetSection,
  handlingSection,
  problemSection,
];

/** The whole page. */
export function renderHtmlReport(
  result: SimulationResult,
  lang: Locale,
  sections: readonly HtmlSection[] = htmlSections,
): string {
  const text = textFor(lang);
  const [title, subtitle] = headingLines(result, lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title ?? '')}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1300px; color: #212121; padding: 0 1rem; }
h1 { font-size: 1.35rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
.sub { color: #616161; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { padding: .3rem .7rem; border-bottom: 1px solid #e0e0e0; text-align: left; }
.ok { color: ${GREEN}; font-weight: bold; } tr.overdue td { color: ${RED}; } tr.this-run td { font-weight: bold; } tr.measured td { font-style: italic; color: #424242; } .ko { color: ${RED}; font-weight: bold; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; } figcaption { font-weight: bold; margin-bottom: .3rem; } .legend { font-size: .85rem; color: #424242; margin: .2rem 0; }
svg { font-size: 11px; background: #fafafa; border: 1px solid #eee; }
.axis-title { font-size: 12px; fill: #424242; } .bar-n { fill: #616161; font-size: 10px; } .day-label { fill: #424242; }
</style>
</head>
<body>
<h1>${text(title ?? '')}</h1>
<p class="sub">${text(subtitle ?? '')}</p>
${sections
  .map((section) => section(result, lang))
  .filter((html) => html !== '')
  .join('\n')}
</body>
</html>
`;
}
