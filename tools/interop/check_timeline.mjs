// Opens a timeline page written by `cooperation export --format html` in headless Chromium (npm puppeteer-core),
// acts on it as a reader would (filters, reload, keyboard, selection, language, table view) and prints what it saw as
// one JSON object, for the tests to assert on (tests/Cooperation.Domain.Interop.Tests/Html). It also runs axe-core on
// the timeline and on the table view, takes a screenshot and counts its distinct colours, and records every network
// request, console error, dialog and Content-Security-Policy violation.
//
// With --large, it checks instead what only a large catalog shows, where the timeline draws only the events in its
// window and the table is in pages: every event is reached by paging the table, the events drawn after panning (over
// a scroll of the whole page) are those of the visible range, the keys reach an event not drawn yet, and a filter
// changes the table's count.
//
// Usage: node check_timeline.mjs NODE_MODULES CHROMIUM PAGE.html COUNTRY [--large]
//   NODE_MODULES  a folder with puppeteer-core and axe-core installed (.ci/run installs them into a temporary folder)
//   CHROMIUM      the browser executable (Debian's chromium)
//   COUNTRY       the country code to filter by
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, chromium, page, country, mode] = process.argv.slice(2);
if (!modules || !chromium || !page || !country) {
  console.error('usage: node check_timeline.mjs NODE_MODULES CHROMIUM PAGE.html COUNTRY');
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(modules), 'node_modules', 'index.js'));
const puppeteer = require('puppeteer-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const url = pathToFileURL(path.resolve(page)).href;

const facts = { requests: [], consoleErrors: [], dialogs: [], cspViolations: [] };
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  tab.on('request', (request) => { if (!request.url().startsWith(url.split('#')[0])) { facts.requests.push(request.url()); } });
  tab.on('console', (message) => { if (message.type() === 'error') { facts.consoleErrors.push(message.text()); } });
  tab.on('dialog', async (dialog) => { facts.dialogs.push(dialog.message()); await dialog.dismiss(); });
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.cspViolations = window.cspViolations || []).push(e.violatedDirective + ' ' + e.blockedURI);
    });
  });
  await tab.goto(url, { waitUntil: 'load' });
  if (mode === '--large') {
    await checkLarge(tab);
  } else {
    await checkReference(tab);
  }
} finally {
  await browser.close();
}

// The reference catalog (or another small one): everything drawn, used as a reader would, axe on both views.
async function checkReference(tab) {

  const eventIds = () => tab.$$eval('#lane-box .event', (all) => all.map((b) => b.getAttribute('data-id')));
  const shownIds = () => tab.$$eval('#lane-box .event', (all) => all.filter((b) => !b.hidden && b.offsetParent !== null).map((b) => b.getAttribute('data-id')));
  const runAxe = async () => {
    await tab.evaluate(axeSource);
    return tab.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
  };

  facts.scripts = await tab.$$eval('script', (all) => all.map((s) => s.type || 'classic'));
  facts.metrics = await tab.evaluate(() => window.timelineMetrics || null);
  facts.events = await tab.$$eval('#lane-box .event', (all) => all.map((b) => ({
    id: b.getAttribute('data-id'), status: b.getAttribute('data-status'), approx: b.hasAttribute('data-approx'),
    // The accessible name from content: the text of the nodes not hidden from assistive technology.
    name: Array.from(b.childNodes).filter((n) => !(n.nodeType === 1 && n.getAttribute('aria-hidden') === 'true')).map((n) => n.textContent).join(''),
    text: Array.from(b.childNodes).filter((n) => !(n.nodeType === 1 && n.classList.contains('visually-hidden'))).map((n) => n.textContent).join(''),
    tag: b.tagName, type: b.type, ariaLabel: b.getAttribute('aria-label'),
  })));
  facts.lanes = await tab.$$eval('#lane-box .lane', (all) => all.map((l) => l.querySelector('h3').textContent));
  facts.terms = await tab.$$eval('#lane-box .term', (all) => all.map((t) => t.textContent));
  facts.landmarks = await tab.evaluate(() => ['header', 'main', 'aside', 'footer', 'h1'].filter((s) => document.querySelector(s)));
  facts.legend = await tab.$$eval('#legend li', (all) => all.map((li) => {
    const swatch = li.querySelector('.swatch');
    const box = swatch.getBoundingClientRect();
    const style = getComputedStyle(swatch);
    return { text: li.textContent, width: box.width, height: box.height, border: style.borderTopStyle };
  }));
  facts.timelineAxe = await runAxe();

  // Screenshot: drawn into a canvas on a blank page, to count its colours.
  const png = await tab.screenshot({ encoding: 'base64', fullPage: false });
  const blank = await browser.newPage();
  facts.screenshotColours = await blank.evaluate(async (b64) => {
    const image = new Image();
    image.src = 'data:image/png;base64,' + b64;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4) { colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]); }
    return colours.size;
  }, png);
  await blank.close();

  // Keyboard: into the timeline, down to the first event, right to the next, Tab to another; the focus ring is drawn.
  await tab.focus('#timeline');
  const focused = () => tab.evaluate(() => {
    const a = document.activeElement;
    const style = getComputedStyle(a);
    return { id: a.getAttribute('data-id'), tag: a.tagName, outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth };
  });
  const rangeBefore = await tab.$eval('#range', (r) => r.textContent);
  await tab.keyboard.press('+');
  const rangeZoomed = await tab.$eval('#range', (r) => r.textContent);
  await tab.keyboard.press('ArrowRight');
  const rangePanned = await tab.$eval('#range', (r) => r.textContent);
  await tab.keyboard.press('Home');
  const rangeHome = await tab.$eval('#range', (r) => r.textContent);
  facts.zoom = { before: rangeBefore, zoomed: rangeZoomed, panned: rangePanned, home: rangeHome };
  await tab.keyboard.press('ArrowDown');
  const first = await focused();
  await tab.keyboard.press('ArrowDown');
  const second = await focused();
  await tab.keyboard.press('Tab');
  const tabbed = await focused();
  await tab.keyboard.down('Shift');
  await tab.keyboard.press('Tab');
  await tab.keyboard.up('Shift');
  const back = await focused();
  // Along a lane: from the first event of a lane with two or more, the right arrow goes to the next, End to the last.
  await tab.evaluate(() => {
    const lane = Array.from(document.querySelectorAll('#lane-box .lane-body')).find((l) => l.querySelectorAll('.event').length > 1);
    if (lane) { lane.querySelector('.event').focus(); }
  });
  const laneStart = await focused();
  await tab.keyboard.press('ArrowRight');
  const laneNext = await focused();
  await tab.keyboard.press('End');
  const laneEnd = await focused();
  await tab.keyboard.press('Home');
  const laneHome = await focused();
  await tab.focus('#lane-box .event');
  facts.keyboard = { first, second, tabbed, back, laneStart, laneNext, laneEnd, laneHome };

  // Selection by keyboard: Enter on the focused event shows its details and its source's quote.
  await tab.keyboard.press('Enter');
  facts.selected = await tab.evaluate(() => ({
    id: document.activeElement.getAttribute('data-id'),
    pressed: document.activeElement.getAttribute('aria-pressed'),
    title: (document.querySelector('#details-body h3') || {}).textContent || null,
    quotes: Array.from(document.querySelectorAll('#details-body blockquote')).map((q) => q.textContent),
    hash: location.hash,
  }));
  await tab.keyboard.press('ArrowDown');
  await tab.keyboard.press(' ');
  facts.selectedBySpace = await tab.evaluate(() => (document.querySelector('#details-body h3') || {}).textContent || null);

  // A country filter hides what it should, the URL keeps it, and a reload restores it.
  facts.allIds = await eventIds();
  await tab.select('#f-country', country);
  facts.filter = { shown: await shownIds(), hash: await tab.evaluate(() => location.hash), summary: await tab.$eval('#summary', (s) => s.textContent) };
  await tab.reload({ waitUntil: 'load' });
  facts.reloaded = { select: await tab.$eval('#f-country', (s) => s.value), shown: await shownIds(), hash: await tab.evaluate(() => location.hash) };
  await tab.select('#f-country', '');

  // Lanes by country and by person.
  await tab.select('#lanes', 'country');
  facts.countryLanes = await tab.$$eval('#lane-box .lane h3', (all) => all.map((h) => h.textContent));
  await tab.select('#lanes', 'person');
  facts.personLanes = await tab.$$eval('#lane-box .lane h3', (all) => all.map((h) => h.textContent));
  await tab.select('#lanes', 'mechanism');

  // Spanish labels.
  await tab.select('#lang', 'es');
  facts.spanish = await tab.evaluate(() => ({
    lang: document.documentElement.lang, h1: document.querySelector('h1').textContent, hash: location.hash,
    events: Array.from(document.querySelectorAll('#lane-box .event')).map((b) => ({ id: b.getAttribute('data-id'), text: b.textContent })),
  }));
  await tab.select('#lang', 'en');

  // The table view: the same events, and axe again.
  await tab.select('#view', 'table');
  facts.table = {
    rows: await tab.$$eval('#table-box tbody tr', (all) => all.map((r) => r.getAttribute('data-id'))),
    timelineHidden: await tab.$eval('#timeline-section', (s) => s.hidden),
  };
  facts.tableAxe = await runAxe();
  facts.cspViolations = await tab.evaluate(() => window.cspViolations || []);
  facts.injected = await tab.evaluate(() => ({
    b: document.querySelectorAll('b').length,
    scripts: document.querySelectorAll('script').length,
    alerted: window.alerted === true,
  }));
}

// A large catalog: paging, windowing, keys beyond the drawn events, the filter's count.
async function checkLarge(tab) {
  const frame = () => tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  facts.metrics = await tab.evaluate(() => window.timelineMetrics || null);
  facts.opened = await tab.evaluate(() => ({
    drawn: document.querySelectorAll('#lane-box .event').length,
    attribute: Number(document.getElementById('timeline').getAttribute('data-drawn')),
  }));

  // Pan by keyboard from the start, then scroll the whole page: the union of what is drawn is the window's events.
  await tab.focus('#timeline');
  await tab.keyboard.press('Home');
  for (let i = 0; i < 3; i++) { await tab.keyboard.press('+'); }
  for (let i = 0; i < 5; i++) { await tab.keyboard.press('ArrowRight'); }
  await frame();
  const range = await tab.$eval('#range', (r) => ({ from: Number(r.getAttribute('data-from')), to: Number(r.getAttribute('data-to')) }));
  const seen = new Set();
  let most = 0;
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  const step = await tab.evaluate(() => window.innerHeight);
  for (let y = 0; y <= height + step; y += step) {
    await tab.evaluate((top) => window.scrollTo(0, top), y);
    await frame();
    const ids = await tab.$$eval('#lane-box .event', (all) => all.map((b) => b.getAttribute('data-id')));
    most = Math.max(most, ids.length);
    ids.forEach((id) => seen.add(id));
  }
  facts.window = { from: range.from, to: range.to, drawn: [...seen], most };

  // The keys reach events that are not drawn: End on a lane's first event goes to its last, wherever it is.
  await tab.evaluate(() => window.scrollTo(0, 0));
  await frame();
  await tab.focus('#timeline');
  await tab.keyboard.press('ArrowDown');
  const laneFirst = await tab.evaluate(() => document.activeElement.getAttribute('data-id'));
  await tab.keyboard.press('End');
  await frame();
  facts.laneKeys = await tab.evaluate((first) => {
    const a = document.activeElement;
    const range = document.getElementById('range');
    return { first, last: a.getAttribute('data-id'), tag: a.tagName, lane: a.getAttribute('data-lane'),
      from: Number(range.getAttribute('data-from')), to: Number(range.getAttribute('data-to')) };
  }, laneFirst);

  // The table, page by page with its Next button: every event once, and the count.
  const pageThrough = async () => {
    const ids = [];
    const counts = [];
    for (let guard = 0; guard < 10000; guard++) {
      ids.push(...await tab.$$eval('#table-box tbody tr', (all) => all.map((r) => r.getAttribute('data-id'))));
      counts.push(await tab.$eval('#table-count', (p) => p.textContent));
      const next = await tab.$('#table-box .pager [data-page="next"]:not([disabled])');
      if (!next) { break; }
      await next.focus();
      await tab.keyboard.press('Enter');
    }
    return { ids, counts, focused: await tab.evaluate(() => document.activeElement.getAttribute('data-page')) };
  };
  await tab.select('#view', 'table');
  facts.table = await pageThrough();
  await tab.select('#f-country', country);
  facts.filtered = { ...await pageThrough(), summary: await tab.$eval('#summary', (s) => s.textContent), hash: await tab.evaluate(() => location.hash) };
  facts.consoleErrors = facts.consoleErrors.concat(await tab.evaluate(() => window.cspViolations || []));
}
process.stdout.write(JSON.stringify(facts) + '\n');
