/**
 * The report as one self-contained HTML page: the same tables as the terminal, and three
 * charts drawn as inline SVG (SLA compliance per priority against its target, calls per hour,
 * open tickets). No script, no font, no image, no network.
 */
import type { Locale } from 'service-desk-rules';
import { isRecordedProblem, problemStatusLabels } from 'service-desk-rules/problem';
import { priorities } from 'service-desk-rules/qualification';
import { kpiRows, mark, type SlaRow, slaHeadings, slaRows } from './kpi-table.js';
import { colon, count, percent, say, wholePercent } from './report-labels.js';
import type { HourPoint, SimulationResult } from './simulation.js';
import { headingLines } from './terminal-report.js';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const GREEN = '#2e7d32';
const RED = '#c62828';
const GREY = '#9e9e9e';
const BLUE = '#1565c0';
const ORANGE = '#ef6c00';

/** Grouped bars: detection and resolution compliance of each priority, with a target tick. */
function slaChart(rows: readonly SlaRow[], lang: Locale): string {
  const width = 560;
  const height = 260;
  const left = 44;
  const bottom = 40;
  const plotH = height - bottom - 20;
  const groupW = (width - left - 10) / rows.length;
  const barW = groupW / 3;
  const y = (rate: number) => 20 + plotH * (1 - rate);
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${left}" x2="${width - 10}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e0e0e0"/>`,
      `<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end">${Math.round(tick * 100)} %</text>`,
    );
  }
  rows.forEach((row, g) => {
    row.cells.forEach((c, k) => {
      const x = left + g * groupW + barW * (0.5 + k);
      const rate = c.rate ?? 0;
      const barH = c.total === 0 ? 0 : Math.max(2, plotH * rate); // a 0 % bar stays visible
      const colour = c.ok === null ? GREY : c.ok ? GREEN : RED;
      const name = slaHeadings(lang)[c.kind];
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(y(0) - barH).toFixed(1)}" width="${(barW - 4).toFixed(1)}" height="${barH.toFixed(1)}" fill="${colour}" opacity="${k === 0 ? 0.65 : 1}"><title>${escapeHtml(`${row.label} — ${name}: ${percent(c.rate, lang)} (${c.met}/${c.total}), ≥ ${wholePercent(c.successRate)}`)}</title></rect>`,
        `<line x1="${(x - 2).toFixed(1)}" x2="${(x + barW - 2).toFixed(1)}" y1="${y(c.successRate).toFixed(1)}" y2="${y(c.successRate).toFixed(1)}" stroke="#000" stroke-width="2"/>`,
        `<text x="${(x + barW / 2 - 2).toFixed(1)}" y="${height - bottom + 14}" text-anchor="middle">${k === 0 ? 'D' : 'R'}</text>`,
      );
    });
    parts.push(
      `<text x="${(left + g * groupW + groupW / 2).toFixed(1)}" y="${height - bottom + 30}" text-anchor="middle" font-weight="bold">P${row.priority}</text>`,
    );
  });
  parts.push(`<text x="${left}" y="${height + 6}">${escapeHtml(say('slaLegend', lang))}</text>`);
  return svg(width, height + 10, say('chartSla', lang), parts);
}

/** Stacked bars: calls answered and abandoned in each hour. */
function callsChart(hours: readonly HourPoint[], lang: Locale): string {
  const width = 560;
  const height = 220;
  const left = 44;
  const plotH = height - 60;
  const max = Math.max(1, ...hours.map((h) => h.answered + h.abandoned));
  const barW = (width - left - 10) / Math.max(1, hours.length);
  const y = (n: number) => 20 + plotH * (1 - n / max);
  const parts: string[] = axis(left, width, y, max);
  hours.forEach((h, k) => {
    const x = left + k * barW;
    const label = hourLabel(new Date(h.at.getTime() - 3_600_000)); // the hour that ended at h.at
    parts.push(
      `<rect x="${(x + 1).toFixed(1)}" y="${y(h.answered).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(y(0) - y(h.answered)).toFixed(1)}" fill="${BLUE}"><title>${escapeHtml(`${label} ${say('answered', lang)} ${h.answered}`)}</title></rect>`,
      `<rect x="${(x + 1).toFixed(1)}" y="${y(h.answered + h.abandoned).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(y(h.answered) - y(h.answered + h.abandoned)).toFixed(1)}" fill="${ORANGE}"><title>${escapeHtml(`${label} ${say('abandoned', lang)} ${h.abandoned}`)}</title></rect>`,
    );
    if (hours.length <= 12 || k % 10 === 0) {
      parts.push(
        `<text x="${(x + barW / 2).toFixed(1)}" y="${height - 24}" text-anchor="middle">${tickLabel(new Date(h.at.getTime() - 3_600_000), hours.length > 12)}</text>`,
      );
    }
  });
  parts.push(
    `<rect x="${left}" y="${height - 14}" width="10" height="10" fill="${BLUE}"/><text x="${left + 14}" y="${height - 5}">${escapeHtml(say('answered', lang))}</text>`,
    `<rect x="${left + 120}" y="${height - 14}" width="10" height="10" fill="${ORANGE}"/><text x="${left + 134}" y="${height - 5}">${escapeHtml(say('abandoned', lang))}</text>`,
  );
  return svg(width, height, say('chartCalls', lang), parts);
}

/** A line: open tickets at the end of each hour. */
function backlogChart(hours: readonly HourPoint[], lang: Locale): string {
  const width = 560;
  const height = 200;
  const left = 44;
  const plotH = height - 50;
  const max = Math.max(1, ...hours.map((h) => h.backlog));
  const step = (width - left - 40) / Math.max(1, hours.length - 1);
  const y = (n: number) => 20 + plotH * (1 - n / max);
  const parts: string[] = axis(left, width, y, max);
  const points = hours.map(
    (h, k) => `${(left + 10 + k * step).toFixed(1)},${y(h.backlog).toFixed(1)}`,
  );
  parts.push(
    `<polyline points="${points.join(' ')}" fill="none" stroke="${BLUE}" stroke-width="2"/>`,
  );
  hours.forEach((h, k) => {
    parts.push(
      `<circle cx="${(left + 10 + k * step).toFixed(1)}" cy="${y(h.backlog).toFixed(1)}" r="3" fill="${BLUE}"><title>${hourLabel(h.at)} ${h.backlog}</title></circle>`,
    );
    if (hours.length <= 12 || k % 10 === 0) {
      parts.push(
        `<text x="${(left + 10 + k * step).toFixed(1)}" y="${height - 12}" text-anchor="middle">${tickLabel(h.at, hours.length > 12)}</text>`,
      );
    }
  });
  return svg(width, height, say('chartBacklog', lang), parts);
}

function axis(left: number, width: number, y: (n: number) => number, max: number): string[] {
  const ticks = [0, Math.round(max / 2), max];
  return ticks.flatMap((t) => [
    `<line x1="${left}" x2="${width - 10}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e0e0e0"/>`,
    `<text x="${left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`,
  ]);
}

function svg(width: number, height: number, title: string, parts: readonly string[]): string {
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg></figure>`;
}

const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  day: 'numeric',
  month: '2-digit',
});
const hourLabel = (d: Date) => hourFormat.format(d);
/** On a chart of several days, the first hour of each day is labelled with its date. */
const tickLabel = (d: Date, manyDays: boolean) =>
  manyDays ? `${dayFormat.format(d)} ${hourFormat.format(d)}` : hourFormat.format(d);

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = (r: readonly string[], tag: string) =>
    r.map((c) => `<${tag}>${c}</${tag}>`).join('');
  return `<table><thead><tr>${cells(head.map(escapeHtml), 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`;
}

const markCell = (ok: boolean | null) =>
  ok === null ? '' : `<span class="${ok ? 'ok' : 'ko'}">${mark(ok)}</span>`;

/** The whole page. */
export function renderHtmlReport(result: SimulationResult, lang: Locale): string {
  const i = result.indicators;
  const t = result.desk.tally;
  const [title, subtitle] = headingLines(result, lang);
  const sla = slaRows(i, lang);
  const h = slaHeadings(lang);
  const kpis = table(
    [say('kpi', lang), say('value', lang), say('target', lang), ''],
    kpiRows(i, lang).map((r) => [
      escapeHtml(r.label),
      escapeHtml(r.value),
      escapeHtml(r.target),
      markCell(r.ok),
    ]),
  );
  const slaTable = table(
    [say('priority', lang), '#', h.detection, '', h.resolution, ''],
    sla.map((row) => [
      escapeHtml(row.label),
      String(row.tickets),
      ...row.cells.flatMap((c) => [
        escapeHtml(
          `${c.met}/${c.total} · ${percent(c.rate, lang)} (≥ ${wholePercent(c.successRate)})`,
        ),
        markCell(c.ok),
      ]),
    ]),
  );
  const problems = result.problems
    .map((p) => p.state)
    .filter(isRecordedProblem)
    .map((s) => {
      const fix = s.solutions.find((x) => x.kind === 'fix');
      return `<li><strong>${escapeHtml(s.id)}</strong> — ${escapeHtml(problemStatusLabels[s.status][lang])} · ${s.incidents.length} ${escapeHtml(say('incidents', lang))} · ${escapeHtml(s.title)} — ${escapeHtml(s.equipment ?? '')}${s.status !== 'open' && fix !== undefined ? `<br><em>${escapeHtml(say('fix', lang))}${colon(lang)}${escapeHtml(fix.description)}</em>` : ''}</li>`;
    });
  const c = colon(lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title ?? '')}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1180px; color: #212121; padding: 0 1rem; }
h1 { font-size: 1.35rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
.sub { color: #616161; }
table { border-collapse: collapse; margin: .5rem 0; } th, td { padding: .3rem .7rem; border-bottom: 1px solid #e0e0e0; text-align: left; }
.ok { color: ${GREEN}; font-weight: bold; } .ko { color: ${RED}; font-weight: bold; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; } figcaption { font-weight: bold; margin-bottom: .3rem; }
svg { font-size: 11px; background: #fafafa; border: 1px solid #eee; }
</style>
</head>
<body>
<h1>${escapeHtml(title ?? '')}</h1>
<p class="sub">${escapeHtml(subtitle ?? '')}</p>
<p>${escapeHtml(say('calls', lang))}${c}${i.calls.total} — ${escapeHtml(say('answered', lang))} ${i.calls.answered} · ${escapeHtml(say('abandoned', lang))} ${i.calls.abandoned} · ${escapeHtml(say('calledBack', lang))} ${t.callbacks}<br>
${escapeHtml(say('tickets', lang))}${c}${i.tickets.opened} — ${escapeHtml(say('closed', lang))} ${i.tickets.closed} · ${escapeHtml(say('open', lang))} ${i.tickets.open} · ${escapeHtml(say('deferred', lang))} ${t.deferred}</p>
${kpis}
<h2>${escapeHtml(say('slaTitle', lang))}</h2>
${slaTable}
<div class="charts">
${slaChart(sla, lang)}
${callsChart(result.hours, lang)}
${backlogChart(result.hours, lang)}
</div>
<h2>${escapeHtml(say('handoffs', lang))}</h2>
<p>${i.handoffs.transfers} ${escapeHtml(say('transfers', lang))} (${percent(i.handoffs.transferRate, lang)}) · ${i.handoffs.escalations} ${escapeHtml(say('escalations', lang))} (${percent(i.handoffs.escalationRate, lang)})</p>
<h2>${escapeHtml(say('onSite', lang))}</h2>
<p>${t.onSite} ${escapeHtml(say('fieldVisits', lang))} · ${t.suppliers} ${escapeHtml(say('supplierVisits', lang))} · ${escapeHtml(`${count(t.loans, 'loan', 'loans', lang)} · ${count(t.replacements, 'replacement', 'replacements', lang)} (§5.1) · ${count(result.desk.reports.length, 'report', 'reports', lang)}`)}</p>
<p>${escapeHtml(say('backlog', lang))}${c}${i.backlog.total} (${priorities.map((p) => `P${p} ${i.byPriority.get(p)?.backlog.total ?? 0}`).join(' · ')} · ${escapeHtml(say('unqualified', lang))} ${i.backlog.unqualified})</p>
<h2>${escapeHtml(say('problems', lang))}</h2>
<p>${t.knownErrorFixes} ${escapeHtml(say('knownErrorFixes', lang))}</p>
<ul>${problems.length === 0 ? `<li>${escapeHtml(say('noProblem', lang))}</li>` : problems.join('')}</ul>
</body>
</html>
`;
}
