// The web app's budget, measured: transfer size of the hosted page, size of the single file,
// time to interactive and time from one answer to re-rendered results, in headless Chromium with
// 4× CPU throttling (CDP Emulation.setCPUThrottlingRate). Prints a table, writes docs/budget.md,
// and exits 1 when a figure exceeds its goal by more than 10% — unless that goal is listed in
// KNOWN_OVER below, in which case it prints "OVER BUDGET (known)" and the run stays green.
//
//   bash scripts/build-web.sh && node scripts/budget.mjs     (after source scripts/web-setup.sh)
//
// Env: DIST (default <repo>/dist), PORT (default 8282), CHROMIUM (default `which chromium`),
// RUNS (page loads per time-to-interactive figure, default 5), ANSWERS (answers timed, default 11).
// 1 KB = 1000 bytes. Sizes are of the page's own files (index.html, style.css, zgc-web.js,
// zgc-web_bg.wasm; not dist/zgc-checker.html, which is fetched only when someone downloads it),
// compressed here as a static host would serve them (brotli quality 11, gzip level 9).

import { spawn, execSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';
import { createRequire } from 'node:module';

// Goals we know this round does not meet, each with the reason and a ceiling: the figure when it
// was listed plus a margin for the host's noise. They print and are written to docs/budget.md as
// over budget; they fail the run only above their ceiling, so a regression still fails. Lower a
// ceiling when a figure improves; remove the entry once the goal is met.
const KNOWN_OVER = new Map([
  ['tti-hosted', { ceiling: 1500, why: 'within the goal since the first evaluation was deferred to idle time and the harness '
    + 'stopped timing Playwright\'s own script (medians 586-716 ms on this 2-core VM on 2026-11-27; '
    + 'before: 666-877 ms, with 1,086 and 1,210 ms in two runs of ten). Listed because the figure '
    + 'moves by half with the host\'s load; remove once a loaded CI machine has shown a margin.' }],
  ['tti-single', { ceiling: 1500, why: 'as hosted (medians 735-815 ms on 2026-11-27; before: 732-939 ms, 1,126 and 1,147 ms in '
    + 'two of ten); it also decodes the base64 and gunzips the wasm.' }],
  ['answer', { ceiling: 200, why: 'the page itself sets a floor. On this 2-core VM at 4x, the browser alone takes a median '
    + 'of 14-24 ms across runs to paint the replacement of one question in one card (the "paint floor" line: the '
    + 'same page, no app code runs), so this page has at most ~2 ms of the 16 left for the app, often none; with '
    + 'that card alone in the page it is still 12-15 ms (the second floor line), so any page that shows the '
    + 'next question in place after an answer has at most ~4 ms here for the reducer, the evaluation and the '
    + 'redraw; an empty frame takes ~3 ms (headless Chromium does not wait for a vsync). Above the floor, at 4x: the engine ~3-4 ms, Yew redrawing '
    + 'the results page, the cards whose result changed and the answered card\'s fields ~15-25 ms, and the '
    + 'layout of what moved. The measured answers are the heavy case: the first question of the first '
    + 'undetermined card is the one that decides most measures (national or Zhongguancun high-tech status, '
    + 'the credit blacklist, double funding), and each of those changes 58 or 59 results. '
    + 'Done: off-screen cards are light (content-visibility) and redrawn only when their head or amount '
    + 'changes, moved cards keep their element, fields redraw only when they change, the address and storage '
    + 'are written when idle after the paint (median 113 -> 35-60 ms), the evaluation makes fewer '
    + 'allocations (-20% instructions); on 2026-11-27: a card redraws only when what it shows changed (the '
    + 'page hands each card its result, and keeps which cards are full, so a light card whose head did not '
    + 'change is skipped without running; 59.8 -> 49.5 ms, 33 answers each, interleaved), and the engine '
    + 're-evaluates only the measures that read the answer (zgc_rules::reevaluate: an answer 4 measures read '
    + 'takes 18 us instead of 221 us natively; the heavy answers measured here still re-evaluate all). Tried '
    + 'without effect: fewer full cards, a full card split into memoised parts, block instead of grid, '
    + 'containment of the summary and answer list, the charts removed, a CJK font first in the font stack, '
    + 'cards that return to light when they leave the viewport; one flat list whose cards never move between '
    + 'groups was slower (39 -> 52-62 ms). The figure moves with the host: medians of 35-37 ms and of 77-97 ms '
    + 'were measured within one hour on the same build, hence a ceiling of 200 ms. Left: a results page with '
    + 'fewer elements to lay out and paint (it sets the floor).' }],
]);

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
// playwright-core is installed with the e2e tests (tests/e2e, npm ci by scripts/web-setup.sh).
const { chromium } = createRequire(join(root, 'tests', 'e2e', 'package.json'))('playwright-core');
const dist = process.env.DIST || join(root, 'dist');
const single = join(root, 'dist-single', 'zgc-checker.html');
const port = Number(process.env.PORT || 8282);
const base = `http://127.0.0.1:${port}/`;
const RUNS = Number(process.env.RUNS || 5);
const ANSWERS = Number(process.env.ANSWERS || 11);
const THROTTLE = 4;

for (const f of [join(dist, 'index.html'), single]) {
  if (!existsSync(f)) {
    console.error(`budget: no ${f}: run scripts/build-web.sh first`);
    process.exit(2);
  }
}

const sh = (cmd) => { try { return execSync(cmd, { encoding: 'utf8' }).trim(); } catch { return '?'; } };
const chromiumPath = process.env.CHROMIUM || sh('command -v chromium || command -v chromium-browser');
const kb = (n) => (n / 1000).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// ---- sizes --------------------------------------------------------------------------------
const sizes = (name) => {
  const raw = readFileSync(join(dist, name));
  const br = brotliCompressSync(raw, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: raw.length } }).length;
  const gz = gzipSync(raw, { level: 9 }).length;
  return { name, raw: raw.length, br, gz };
};
// What the page loads to start; the English texts (en.txt) are fetched only when first needed
// (English chosen, an article page, an English search) and are listed apart.
const files = ['index.html', 'style.css', 'zgc-web.js', 'zgc-web_bg.wasm'].map(sizes);
const english = sizes('en.txt');
const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, br: t.br + f.br, gz: t.gz + f.gz }), { raw: 0, br: 0, gz: 0 });
const singleSize = statSync(single).size;

// ---- the browser --------------------------------------------------------------------------
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function throttledPage(ctx) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return { page, cdp };
}

// Time to interactive: navigation start (performance.timeOrigin) to the first frame painted after
// the start screen's first control (the first input/select/button in <main>) is in the page and
// enabled. Yew attaches its listeners as it renders, so the control works from then on.
async function timeToInteractive(url) {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 900 } });
  await ctx.addInitScript(() => {
    const seen = () => {
      const c = document.querySelector('main input, main select, main button');
      return c && !c.disabled;
    };
    const obs = new MutationObserver(() => {
      if (!seen()) return;
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__zgcTti = performance.now(); }, 0));
    });
    obs.observe(document, { childList: true, subtree: true });
  });
  const { page, cdp } = await throttledPage(ctx);
  // Waited for by plain CDP evaluations, not page.waitForFunction: Playwright's injected script
  // took ~50 ms of the throttled main thread on its first use, often between the frame and the
  // timer that records it, so the harness was timing itself.
  await page.goto(url, { waitUntil: 'commit' });
  let t;
  for (const end = Date.now() + 60000; t === undefined && Date.now() < end;) {
    await new Promise((r) => setTimeout(r, 100));
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__zgcTti', returnByValue: true });
    t = result.value;
  }
  await ctx.close();
  if (t === undefined) throw new Error(`budget: ${url} never became interactive`);
  return t;
}

// One answer to re-rendered results: on the results page of a company that has said only that it
// is an enterprise in Zhongguancun, answer a "what would decide it" question in an undetermined
// card (a radio, after opening the card's questions with "在此回答", not timed); time from the click to the first frame painted after the card re-rendered
// without that question (the reducer, the engine's evaluation of all 59 measures, Yew's diff).
async function answerTimes() {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 900 } });
  const { page } = await throttledPage(ctx);
  const link = `${base}#/results?v1~d=2026-06-30~l=zh~applicant_kind=enterprise~registered_in=zgc`;
  const open = async () => {
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForSelector('.verdicts .card.undetermined');
  };
  await open();
  const times = [];
  for (let tries = 0; times.length < ANSWERS && tries < ANSWERS * 3; tries++) {
    // Not timed: open a card's questions ("在此回答") where none is open yet.
    await page.evaluate(async () => {
      if (document.querySelector('.verdicts .card.undetermined .deciding fieldset')) return;
      // Cards are built in full near the viewport: bring the first undetermined one there.
      const card = document.querySelector('.verdicts .card.undetermined');
      if (!card) return;
      card.scrollIntoView();
      for (let i = 0; i < 200 && !card.querySelector('.answer-here'); i++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      const open = card.querySelector('.answer-here');
      if (!open) return;
      open.click();
      for (let i = 0; i < 200 && !document.querySelector('.verdicts .card.undetermined .deciding fieldset'); i++) {
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    const t = await page.evaluate(async () => {
      const field = document.querySelector('.verdicts .card.undetermined .deciding fieldset');
      if (!field) return null;
      // "No" where there is one (a "yes" to e.g. the credit blacklist would end every card).
      const radio = field.querySelector('input[type="radio"][value="no"]') || field.querySelector('input[type="radio"]:not([value="?"])');
      const id = field.id;
      const t0 = performance.now();
      radio.click();
      await new Promise((done) => {
        const check = () => (document.getElementById(id) ? setTimeout(check, 0) : requestAnimationFrame(() => setTimeout(done, 0)));
        check();
      });
      return performance.now() - t0;
    });
    // No deciding question left: start again from the same link.
    if (t === null) await open();
    else times.push(t);
  }
  await ctx.close();
  return times;
}

// For scale, the browser alone: on the same page, with the same card's questions open, replace
// its first question by a copy of itself (no app code runs: the copy is inert) and time to the
// first frame painted after, the same way. What an answer costs above this is the app's.
async function paintFloor() {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 900 } });
  const { page } = await throttledPage(ctx);
  await page.goto(`${base}#/results?v1~d=2026-06-30~l=zh~applicant_kind=enterprise~registered_in=zgc`);
  await page.waitForSelector('.verdicts .card.undetermined');
  const opened = await page.evaluate(async () => {
    const card = document.querySelector('.verdicts .card.undetermined');
    card.scrollIntoView();
    for (let i = 0; i < 200 && !card.querySelector('.answer-here'); i++) await new Promise((r) => setTimeout(r, 10));
    card.querySelector('.answer-here')?.click();
    for (let i = 0; i < 200 && !card.querySelector('.deciding fieldset'); i++) await new Promise((r) => setTimeout(r, 10));
    window.__zgcFloorCard = card;
    return !!card.querySelector('.deciding fieldset');
  });
  const series = async () => {
    const times = [];
    for (let i = 0; opened && i < ANSWERS; i++) {
      await new Promise((r) => setTimeout(r, 100));
      times.push(await page.evaluate(async () => {
        const field = window.__zgcFloorCard.querySelector('.deciding fieldset');
        const t0 = performance.now();
        field.replaceWith(field.cloneNode(true));
        await new Promise((done) => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 0)), 0));
        return performance.now() - t0;
      }));
    }
    return times;
  };
  const page_ = await series();
  // The same with that card alone in the page (a copy; the rest removed): what a new question
  // costs to lay out and paint whatever the page around it.
  await page.evaluate(() => {
    const alone = window.__zgcFloorCard.cloneNode(true);
    document.body.replaceChildren(alone);
    window.__zgcFloorCard = alone;
  });
  const alone = await series();
  await ctx.close();
  return { page: page_, alone };
}

const ttiHosted = [];
const ttiSingle = [];
for (let i = 0; i < RUNS; i++) {
  ttiHosted.push(await timeToInteractive(base));
  ttiSingle.push(await timeToInteractive(`file://${single}`));
}
const answers = await answerTimes();
const floor = await paintFloor();
const chromiumVersion = (await browser.version()) || sh(`${chromiumPath} --version`);
await browser.close();
server.kill();
if (answers.length < 5) {
  console.error(`budget: only ${answers.length} answers could be timed`);
  process.exit(1);
}

// ---- verdicts -----------------------------------------------------------------------------
const rows = [
  { key: 'hosted-brotli', what: 'hosted page, brotli q11 (html+css+js+wasm)', value: total.br, goal: 250_000, unit: 'B' },
  { key: 'single-file', what: 'single file zgc-checker.html', value: singleSize, goal: 700_000, unit: 'B' },
  { key: 'tti-hosted', what: `time to interactive, hosted (median of ${RUNS})`, value: median(ttiHosted), goal: 1000, unit: 'ms' },
  { key: 'tti-single', what: `time to interactive, single file from file:// (median of ${RUNS})`, value: median(ttiSingle), goal: 1000, unit: 'ms' },
  { key: 'answer', what: `one answer to re-rendered results (median of ${answers.length})`, value: median(answers), goal: 16, unit: 'ms' },
];
const fmt = (v, unit) => (unit === 'B' ? `${kb(v)} KB` : `${v.toFixed(unit === 'ms' && v < 100 ? 1 : 0)} ms`);
let failing = 0;
for (const r of rows) {
  if (r.value <= r.goal) r.verdict = 'ok';
  else if (KNOWN_OVER.has(r.key)) {
    const { ceiling } = KNOWN_OVER.get(r.key);
    if (r.value <= ceiling) r.verdict = `OVER BUDGET (known; fails above ${fmt(ceiling, r.unit)})`;
    else { r.verdict = `OVER BUDGET (known, and above its ceiling ${fmt(ceiling, r.unit)})`; failing++; }
  }
  else if (r.value <= r.goal * 1.1) r.verdict = 'over goal, within 10%';
  else { r.verdict = 'OVER BUDGET'; failing++; }
}

const machine = `${sh('nproc')} CPU cores, ${sh('uname -m')}, ${sh('uname -s')} (${sh('. /etc/os-release && echo $PRETTY_NAME')}); Chromium ${chromiumVersion}`;
const date = new Date().toISOString().slice(0, 10);

const lines = [];
lines.push('| figure | measured | goal | verdict |', '|---|---:|---:|---|');
for (const r of rows) lines.push(`| ${r.what} | ${fmt(r.value, r.unit)} | ≤ ${fmt(r.goal, r.unit)} | ${r.verdict} |`);
const sizeLines = ['| file | raw | brotli q11 | gzip -9 |', '|---|---:|---:|---:|'];
for (const f of files) sizeLines.push(`| ${f.name} | ${kb(f.raw)} KB | ${kb(f.br)} KB | ${kb(f.gz)} KB |`);
sizeLines.push(`| **total (hosted page)** | ${kb(total.raw)} KB | ${kb(total.br)} KB | ${kb(total.gz)} KB |`);
sizeLines.push(`| en.txt, the English texts, fetched when first needed (not in the total) | ${kb(english.raw)} KB | ${kb(english.br)} KB | ${kb(english.gz)} KB |`);
sizeLines.push(`| zgc-checker.html (single file) | ${kb(singleSize)} KB | — | — |`);
const timeLines = [
  `- time to interactive, hosted, each run: ${ttiHosted.map((t) => t.toFixed(0)).join(', ')} ms`,
  `- time to interactive, single file, each run: ${ttiSingle.map((t) => t.toFixed(0)).join(', ')} ms`,
  `- one answer to re-rendered results, each answer: ${answers.map((t) => t.toFixed(1)).join(', ')} ms`,
  `- paint floor, the browser alone replacing that card's first question by a copy (no app code): median ${floor.page.length ? median(floor.page).toFixed(1) : '?'} ms; each: ${floor.page.map((t) => t.toFixed(1)).join(', ')} ms`,
  `- paint floor with that card alone in the page: median ${floor.alone.length ? median(floor.alone).toFixed(1) : '?'} ms; each: ${floor.alone.map((t) => t.toFixed(1)).join(', ')} ms`,
];

console.log(`budget (${THROTTLE}× CPU throttling; ${machine})\n`);
console.log(sizeLines.join('\n'));
console.log();
console.log(lines.join('\n'));
console.log();
console.log(timeLines.join('\n'));
for (const [k, { why }] of KNOWN_OVER) console.log(`known over budget: ${k}: ${why}`);

const md = `# Budget

Measured by \`node scripts/budget.mjs\` (run by \`scripts/web-test.sh\` after the end-to-end tests;
alone: \`source scripts/web-setup.sh && bash scripts/build-web.sh && node scripts/budget.mjs\`).
This file is written by that script: do not edit it by hand.

- Date: ${date}
- Machine: ${machine}
- Headless Chromium with CPU throttling ${THROTTLE}× (CDP \`Emulation.setCPUThrottlingRate\`); the
  hosted page served by \`python3 -m http.server\` on 127.0.0.1 (no network latency in the times).
- 1 KB = 1000 bytes. Transfer sizes are the page's own files compressed as a static host would
  serve them (brotli quality 11, gzip level 9).
- A figure more than 10% over its goal fails the run, except the goals listed as known below:
  those fail above the ceiling their verdict gives (the figure when listed, plus a margin for
  the host's noise), so a regression still fails.

## Figures

${lines.join('\n')}

${sizeLines.join('\n')}

${timeLines.join('\n')}

## What the figures mean

- **Hosted page**: the files the page loads to start (html, css, the JS glue, the wasm), as a
  static host serves them compressed. The English halves of the rules' texts are not in the wasm
  (a Chinese reader would load them for nothing): \`en.txt\` is fetched from the same host the
  first time English is chosen, an article page opens (it shows both languages) or an English
  word is searched, and is listed apart. The single file carries it inside.

- **Time to interactive**: navigation start to the first frame painted after the start screen's
  first control is in the page and enabled (Yew attaches its listeners as it renders). For the
  single file this includes decoding the base64, gunzipping the wasm and compiling it.
- **One answer**: on the results page of a company that has said only that it is an enterprise
  in Zhongguancun, the first undetermined card is scrolled to and its questions opened ("在此回答",
  not timed); then a radio of one of them is clicked, and the time runs to the first frame painted
  after the card re-rendered without it (the reducer, the engine re-evaluating all 59 measures,
  Yew's redraw of every card whose result changed, layout and paint).
- **Paint floor** (for scale, no goal): the same page and card, its first question replaced by an
  inert copy of itself; no app code runs, so this is what the browser alone takes to lay out and
  paint the smallest change an answer makes. An answer's time above it is the app's. Then the
  same with a copy of that card alone in the page: what a new question costs whatever the page
  around it.

## Known over budget

${KNOWN_OVER.size ? [...KNOWN_OVER].map(([k, { why }]) => `- **${rows.find((r) => r.key === k)?.what ?? k}**: ${why}`).join('\n') : 'None.'}
`;
// The committed figures change only when asked (UPDATE_BUDGET=1); a test run writes its own copy
// beside the other test output, so running the tests leaves the tree clean.
const outFile = process.env.UPDATE_BUDGET
  ? join(root, 'docs', 'budget.md')
  : join(root, 'tests', 'e2e', 'output', 'budget.md');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, md);
console.log(`\nbudget: wrote ${outFile.slice(root.length + 1)}; ${failing ? `${failing} figure(s) OVER BUDGET` : 'every figure within its goal or known'}`);
process.exit(failing ? 1 : 0);
