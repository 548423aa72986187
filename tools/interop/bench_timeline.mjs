// Measures how fast the timeline page opens and filters in headless Chromium (npm puppeteer-core) for a large catalog:
// it writes a catalog of N meetings (the reference catalog's meetings, repeated with new identifiers and dates moved
// by whole years), exports it with `cooperation export --format html`, opens the page RUNS times and, in the page,
// times with performance.now(): the open (navigation start to the end of the script's first drawing, then to the
// next frame), a country filter (the change, the layout it forces, the next frame), then, with the filter kept, the
// whole span (the button "All") and the table view's first page. The page draws only the events in its window (the
// script checks that it shows every meeting and counts the buttons drawn). Prints a Markdown table row per measure
// (median, min, max), for docs/benchmarks.md.
//
// Usage: node bench_timeline.mjs NODE_MODULES CHROMIUM [MEETINGS=5000] [RUNS=7]
// Run from the repository's root, after a Release build of src/Cooperation.Cli.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, chromium, meetingsArg, runsArg] = process.argv.slice(2);
if (!modules || !chromium) {
  console.error('usage: node bench_timeline.mjs NODE_MODULES CHROMIUM [MEETINGS=5000] [RUNS=7]');
  process.exit(2);
}
const count = Number(meetingsArg || 5000);
const runs = Number(runsArg || 7);
const require = createRequire(path.join(path.resolve(modules), 'node_modules', 'index.js'));
const puppeteer = require('puppeteer-core');

// The catalog: the reference catalog's meetings, repeated.
const reference = JSON.parse(readFileSync('src/Cooperation.Domain/Reference/reference-catalog.json', 'utf8'));
const shift = (date, years) => (date ? String(Number(date.slice(0, 4)) + years).padStart(4, '0') + date.slice(4) : date);
const meetings = [];
for (let i = 0; i < count; i++) {
  const original = reference.meetings[i % reference.meetings.length];
  const years = (Math.floor(i / reference.meetings.length) % 40) - 20;
  const copy = JSON.parse(JSON.stringify(original));
  copy.id = `${original.id}-b${i}`;
  // 29 February moves to a year that may not have it: the 28th.
  copy.start = shift(original.start, years).replace(/-02-29$/, '-02-28');
  if (original.end) { copy.end = shift(original.end, years).replace(/-02-29$/, '-02-28'); }
  delete copy.relations;
  meetings.push(copy);
}
const folder = mkdtempSync(path.join(os.tmpdir(), 'timeline-bench-'));
try {
  const catalog = path.join(folder, 'catalog.json');
  writeFileSync(catalog, JSON.stringify({ ...reference, meetings }));
  const page = path.join(folder, 'timeline.html');
  execFileSync('dotnet', ['run', '-c', 'Release', '--no-build', '--project', 'src/Cooperation.Cli', '--',
    'export', '--format', 'html', '--catalog', catalog, '--as-of', '2026-11-27', '--output', page], { stdio: ['ignore', 'ignore', 'inherit'] });
  const bytes = statSync(page).size;

  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const open = [];
  const filter = [];
  const script = [];
  const drawn = [];
  const all = [];
  const allDrawn = [];
  const table = [];
  try {
    for (let run = 0; run < runs; run++) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1280, height: 900 });
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
      const opened = await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve({
        metrics: window.timelineMetrics,
        painted: performance.now(),
        drawn: document.querySelectorAll('#lane-box .event').length,
      }))));
      // The page draws the events in its window, not all; every meeting must still be among the events it shows.
      if (opened.metrics.shown < count) { throw new Error(`the page shows ${opened.metrics.shown} events, not ${count}`); }
      drawn.push(opened.drawn);
      open.push(opened.painted);
      script.push(opened.metrics.scriptMs);
      filter.push(await tab.evaluate(() => new Promise((resolve) => {
        const select = document.getElementById('f-country');
        const start = performance.now();
        select.value = 'CA';
        select.dispatchEvent(new Event('change'));
        void document.body.offsetHeight;
        requestAnimationFrame(() => resolve(performance.now() - start));
      })));
      // The whole span at once (the button "All"), and the table's first page (the view "Table"), filter kept.
      const timed = (action) => tab.evaluate((name) => new Promise((resolve) => {
        const start = performance.now();
        if (name === 'all') {
          document.getElementById('zoom-all').click();
        } else {
          const view = document.getElementById('view');
          view.value = 'table';
          view.dispatchEvent(new Event('change'));
        }
        void document.body.offsetHeight;
        requestAnimationFrame(() => resolve({ ms: performance.now() - start, drawn: document.querySelectorAll('#lane-box .event').length }));
      }), action);
      const whole = await timed('all');
      all.push(whole.ms);
      allDrawn.push(whole.drawn);
      table.push((await timed('table')).ms);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  const summary = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms (${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)})`;
  };
  console.log(`| ${count} meetings, page of ${(bytes / 1024).toFixed(0)} KB | open (navigation to drawn) | ${summary(open)} |`);
  console.log(`| ${count} meetings | of which the script | ${summary(script)} |`);
  console.log(`| ${count} meetings | filter by country | ${summary(filter)} |`);
  console.log(`| ${count} meetings | events drawn at the open | ${summary(drawn).replace(/ ms/, '')} |`);
  console.log(`| ${count} meetings | whole span ("All"), filtered | ${summary(all)} |`);
  console.log(`| ${count} meetings | events drawn then | ${summary(allDrawn).replace(/ ms/, '')} |`);
  console.log(`| ${count} meetings | table view, first page, filtered | ${summary(table)} |`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
