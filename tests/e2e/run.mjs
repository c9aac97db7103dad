// End-to-end tests of the web app in Debian's headless Chromium, driven by playwright-core.
//
// Serves the release build (dist/, scripts/build-web.sh) with python3's http.server on 127.0.0.1,
// then walks through the app as a small tech firm would. Prints `e2e: N passed, M failed` and
// exits non-zero on any failure. Screenshots go to tests/e2e/output/ (git-ignored); set
// UPDATE_SCREENSHOT=1 to also refresh docs/screenshot-results.png.
//
// Env: DIST (default <repo>/dist), PORT (default 8181), CHROMIUM (default `which chromium`).

import { chromium } from 'playwright-core';
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, readFileSync, copyFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const dist = process.env.DIST || join(root, 'dist');
const port = Number(process.env.PORT || 8181);
const base = `http://127.0.0.1:${port}/`;
const out = join(here, 'output');
mkdirSync(out, { recursive: true });

function findChromium() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const c of ['chromium', 'chromium-browser']) {
    try {
      return execSync(`command -v ${c}`, { encoding: 'utf8' }).trim();
    } catch { /* try the next name */ }
  }
  throw new Error('Debian chromium not found: run scripts/web-setup.sh');
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no ${dist}/index.html: run trunk build --release first`);
  process.exit(2);
}

// ---- the static server --------------------------------------------------------------------
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
let serverLog = '';
server.stderr.on('data', (d) => { serverLog += d; });
async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(base);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start on ${base}: ${serverLog}`);
}

// ---- a tiny test runner -------------------------------------------------------------------
let passed = 0;
let failed = 0;
async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').slice(0, 6).join('\n     ')}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}
function includes(hay, needle, what) {
  assert(String(hay).includes(needle), `${what}: expected to find ${JSON.stringify(needle)} in ${JSON.stringify(String(hay).slice(0, 400))}`);
}

// Console errors and page errors from every page, checked at the end.
const consoleErrors = [];
const foreignRequests = [];
function watch(page, label) {
  page.on('request', (r) => {
    const u = r.url();
    if (!(u.startsWith(base) || u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('file:'))) {
      foreignRequests.push(`${label}: ${u}`);
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${label}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${label}: pageerror ${e.message}`));
  return page;
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function newContext(opts = {}) {
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 900 }, acceptDownloads: true, ...opts });
  // Every Content-Security-Policy violation, as the page sees it (checked by the CSP tests; the
  // browser also logs each one as a console error, which "no console errors" catches).
  await ctx.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base.slice(0, -1) });
  return ctx;
}

// A small tech firm in Zhongguancun: 40 staff, revenue 15 million CNY, R&D up 3 million CNY
// (600 vs 300 万元) in the latest fiscal year, founded in 2022. Typed as people type: a comma,
// full-width digits. Facts not listed are left blank (counted as "I don't know").
const FIRM = {
  applicant_kind: 'enterprise',
  registered_in: 'zgc',
  national_high_tech: 'yes',
  zgc_high_tech: 'no',
  sme_tech_registered: 'yes',
  sme_tech_registered_this_year: 'no',
  credit_blacklisted: 'no',
  same_content_funded: 'no',
  founded_on: '2022-03-01',
  industry_field: 'ngit',
  enterprise_size: 'small',
  headcount_last_year: '40',
  revenue_last_year: '1,500',
  rd_expense_last_year: '６００',
  rd_expense_year_before: '300',
  received_5_5_in_last_3_years: 'no',
  competition_award: 'none',
  owns_core_ip: 'yes',
  no_ip_dispute: 'yes',
};
const DATE = '2026-06-30';

/** Answers every question field shown on the current question page from FIRM. */
async function answerPage(page) {
  const ids = await page.$$eval('[id^="q-f-"]', (els) => els.map((e) => e.id).filter((id) => !id.includes('-help') && !id.includes('-err')));
  const answered = [];
  for (const id of ids) {
    const fact = id.slice('q-f-'.length);
    const value = FIRM[fact];
    const el = page.locator(`#${id}`);
    // An earlier answer on this page may have made this question moot: it is gone.
    if (!(await el.count())) continue;
    const tag = await el.evaluate((e) => e.tagName.toLowerCase());
    if (value === undefined) {
      // Not in the firm's profile: a yes/no question gets "no" (the firm has no such thing),
      // anything else "不确定 / I don't know".
      if (tag === 'fieldset') {
        const no = page.locator(`input[name="${id}"][value="no"]`);
        await ((await no.count()) ? no : page.locator(`input[name="${id}"][value="?"]`)).check();
      }
      continue;
    }
    if (tag === 'fieldset') {
      await page.locator(`input[name="${id}"][value="${value}"]`).check();
    } else if (tag === 'select') {
      await el.selectOption(value);
    } else {
      await el.fill(value);
    }
    answered.push(fact);
  }
  return answered;
}

/** From the start page: date, applicant kind, then every page of questions until "see results". */
async function walkQuestions(page, onFirstPage = async () => {}) {
  await page.fill('#assessment-date', DATE);
  await page.locator('#assessment-date').dispatchEvent('change');
  await page.selectOption('#s-f-applicant_kind', 'enterprise');
  await page.click('#start-button');
  await page.waitForSelector('#topic-heading');
  await onFirstPage();
  let pages = 0;
  const seen = new Set();
  while (pages < 150) {
    if (await page.locator('#see-results').count()) break;
    pages++;
    for (const f of await answerPage(page)) seen.add(f);
    await page.click('#next-button');
    await page.waitForTimeout(50);
  }
  assert(await page.locator('#see-results').count(), `questions did not end after ${pages} pages`);
  return { pages, seen };
}

const CSP = 'meta[http-equiv="Content-Security-Policy"]';
/** The page's CSP: present, forbids what it must; no violation so far. */
async function checkCsp(p, connect) {
  const csp = await p.getAttribute(CSP, 'content');
  assert(csp, 'a Content-Security-Policy meta');
  for (const d of [`connect-src ${connect}`, "default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "'wasm-unsafe-eval'"]) {
    includes(csp, d, 'CSP');
  }
  const script = csp.split(';').find((d) => d.trim().startsWith('script-src'));
  assert(!script.includes("'unsafe-inline'"), `inline scripts allowed by hash only: ${script}`);
  const v = await p.evaluate(() => window.__cspViolations);
  assert(v && v.length === 0, `CSP violations: ${JSON.stringify(v)}`);
  return csp;
}

// A card is built in full once it is near the viewport (the others show head and amount):
// bring it there and wait for that before reading it.
async function fullCard(page, selector) {
  const card = page.locator(selector);
  await card.waitFor();
  await card.scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => { const e = document.querySelector(s); return e && !e.classList.contains('light'); }, selector);
  return card;
}

async function sectionIds(page, section) {
  return page.$$eval(`.verdicts article.card.${section}`, (els) => els.map((e) => e.id.replace('card-', '')));
}

async function verdicts(page) {
  return {
    eligible: await sectionIds(page, 'eligible'),
    undetermined: await sectionIds(page, 'undetermined'),
    ineligible: await sectionIds(page, 'ineligible'),
    total: await page.locator('#total-eligible').innerText(),
  };
}

await waitForServer();

const ctx = await newContext();
const page = watch(await ctx.newPage(), 'main');
let firmLink = '';
let firmVerdicts = null;

await test('start page renders in Chinese with the date and applicant questions', async () => {
  await page.goto(base);
  await page.waitForSelector('#main-heading');
  includes(await page.locator('#main-heading').innerText(), '中关村', 'heading');
  assert((await page.getAttribute('html', 'lang')) === 'zh-CN', 'html lang is zh-CN');
  const today = await page.locator('#assessment-date').inputValue();
  assert(/^\d{4}-\d{2}-\d{2}$/.test(today), `date defaults to today, got ${today}`);
  await page.screenshot({ path: join(out, 'start.png'), fullPage: true });
});

await test('answer as a small tech firm: adaptive questions by topic with progress', async () => {
  const { pages, seen } = await walkQuestions(page, async () => {
    await page.screenshot({ path: join(out, 'question.png'), fullPage: true });
    includes(await page.locator('.progress').innerText(), '已回答', 'progress shown');
  });
  console.log(`     (${pages} pages of questions, ${seen.size} answered from the firm's profile)`);
  for (const f of ['registered_in', 'revenue_last_year', 'rd_expense_last_year']) {
    assert(seen.has(f), `${f} was asked (asked: ${[...seen].join(', ')})`);
  }
  // Back returns to the previous page of questions.
  await page.click('text=上一步');
  await page.waitForSelector('#topic-heading');
  await page.click('#next-button');
  await page.click('#see-results');
  await page.waitForSelector('.results');
});

await test('5.5 is eligible with its amount, formula and clause', async () => {
  const card = await fullCard(page, '.verdicts #card-5\\.5.eligible');
  const text = await card.innerText();
  includes(text, '符合', '5.5 status');
  includes(text, '最高 20 万元', '5.5 amount');
  includes(text, '研发费用同比增量 300', '5.5 formula with the numbers');
  includes(text, '5号 第五条（三）1.', '5.5 amount citation');
  includes(text, '研发费用同比增量为 500 万元(含)以上', '5.5 amount clause, verbatim');
  // Every condition with its mark and clause, behind the toggle.
  await card.locator('button[aria-controls]').click();
  const conds = await card.locator('.conditions').innerText();
  includes(conds, '上一会计年度营业收入 ≤ 2,000万元', 'revenue condition');
  includes(conds, '5号 第五条（二）1.(2)', 'condition citation');
  firmVerdicts = await verdicts(page);
  includes(firmVerdicts.total, '20', 'total');
  await page.locator('#eligible-h').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'results.png'), fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: 1100, height: 1700 });
  await page.screenshot({ path: join(out, 'results-top.png') });
  await page.setViewportSize({ width: 1100, height: 900 });
  if (process.env.UPDATE_SCREENSHOT) copyFileSync(join(out, 'results-top.png'), join(root, 'docs', 'screenshot-results.png'));
});

await test('a negative or malformed number gets an inline message and is not taken', async () => {
  await page.goto(`${base}#/answers`);
  const input = page.locator('#a-f-headcount_last_year');
  await input.fill('-5');
  const err = page.locator('#a-f-headcount_last_year-err');
  await err.waitFor();
  includes(await err.innerText(), '负数', 'negative refused');
  assert((await input.inputValue()) === '-5', 'the typed text stays in the field');
  await input.fill('4o');
  includes(await err.innerText(), '不是有效的数字', 'malformed refused');
  await input.fill('４０');
  assert((await err.count()) === 0, 'message gone once valid');
});

await test('an answer over a threshold moves 5.5 to ineligible, naming the condition', async () => {
  await page.fill('#a-f-revenue_last_year', '3,000');
  await page.click('nav >> text=结果');
  const card = await fullCard(page, '.verdicts #card-5\\.5.ineligible');
  const text = await card.innerText();
  includes(text, '不符合的条件', 'failed heading');
  includes(text, '上一会计年度营业收入 ≤ 2,000万元', 'the failed test');
  includes(text, '3,000万元', 'what was entered');
  includes(text, '5号 第五条（二）1.(2)', 'its citation');
  includes(text, '超出1,000万元', 'the gap');
  // Back under the threshold for the rest.
  await page.goto(`${base}#/answers`);
  await page.fill('#a-f-revenue_last_year', '1,500');
  await page.click('nav >> text=结果');
  await page.locator('.verdicts #card-5\\.5.eligible').waitFor();
});

await test('an undetermined card can be answered in place', async () => {
  // The card names what would decide it; "在此回答" opens those questions in the card. Take the
  // first card whose questions include a yes/no or short choice (radio buttons) and another.
  const ids = await page.$$eval('.verdicts .card.undetermined', (els) => els.map((e) => e.id));
  assert(ids.length > 0, 'undetermined cards');
  let field = null;
  for (const [n, cid] of ids.slice(0, 12).entries()) {
    const card = await fullCard(page, `[id="${cid}"]`);
    const named = await card.locator('.deciding-list li').allInnerTexts();
    assert(named.length > 0, `${cid}: the deciding questions are named`);
    await card.locator('.answer-here').click();
    await card.locator('.deciding .field').first().waitFor();
    if (n === 0) {
      assert(await page.evaluate((i) => document.activeElement && document.activeElement.id === i, cid.replace('card-', 'card-d-')), 'focus moves to the questions');
    }
    // A radio question with at least one more question beside it (checked below).
    if ((await card.locator('.deciding fieldset').count()) > 0 && (await card.locator('.deciding .field').count()) > 1) {
      field = card.locator('.deciding fieldset').first();
      break;
    }
  }
  assert(field, 'a card with a radio question and another among the first undetermined ones');
  const id = await field.getAttribute('id');
  const fact = id.replace(/^c[0-9_]+-f-/, '');
  const cardId = await field.evaluate((e) => e.closest('article').id);
  // The card's other fields must survive the answer as the same elements (keyed by fact), so
  // focus and what was typed stay where they are.
  const marked = await field.evaluate((f) => {
    const others = [...f.closest('.deciding').querySelectorAll('.field')].filter((x) => x !== f);
    if (!others.length) return null;
    others[0].__zgcMark = true;
    return others[0].id || others[0].querySelector('[id]').id;
  });
  await field.locator('input[type="radio"]:not([value="?"])').first().click();
  // Answered: the question leaves the card (the next deciding one, if any, takes its place).
  await page.waitForFunction((i) => !document.getElementById(i), id);
  assert(marked, 'another field in the card');
  {
    // (Unless the answer decided the card and its questions went with it.)
    const kept = await page.evaluate((m) => { const e = document.getElementById(m); if (!e) return null; const f = e.closest('.field') || e; return !!f.__zgcMark; }, marked);
    assert(kept !== false, `the other field (${marked}) is the same element after the answer`);
    console.log(kept ? `     (${marked} kept as the same element)` : '     (the answer decided the card)');
  }
  await page.goto(`${base}#/answers`);
  await page.locator(`[id="a-f-${fact}"]`).waitFor();
  console.log(`     (answered ${fact} in card ${cardId})`);
  await page.goto(`${base}#/results`);
  await page.waitForSelector('.results');
});

await test('switch language to English and back', async () => {
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  includes(await page.locator('#main-heading').innerText(), 'Results', 'English heading');
  includes(await (await fullCard(page, '#card-5\\.5')).innerText(), 'up to 20 万元', 'English amount');
  await page.click('.lang-switch');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  includes(await page.locator('#main-heading').innerText(), '评估结果', 'Chinese again');
  firmVerdicts = await verdicts(page);
});

await test('copy link, open it in a fresh context: same results', async () => {
  await page.click('#copy-link');
  const shown = page.locator('#share-link');
  await shown.waitFor();
  firmLink = await shown.inputValue();
  includes(firmLink, '#/results?v1~', 'a versioned link');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert(clip === firmLink, `clipboard holds the link (got ${clip.slice(0, 80)})`);
  const other = await newContext();
  const p2 = watch(await other.newPage(), 'fresh');
  await p2.goto(firmLink);
  await p2.waitForSelector('.results');
  const v2 = await verdicts(p2);
  assert(JSON.stringify(v2) === JSON.stringify(firmVerdicts), `same verdicts\n  ${JSON.stringify(v2)}\n  ${JSON.stringify(firmVerdicts)}`);
  await other.close();
});

await test('reload keeps the answers (localStorage), and so does opening the bare address', async () => {
  await page.reload();
  await page.waitForSelector('.results');
  assert(JSON.stringify(await verdicts(page)) === JSON.stringify(firmVerdicts), 'same verdicts after reload');
  const p3 = watch(await ctx.newPage(), 'bare');
  await p3.goto(base);
  await p3.waitForSelector('.saved');
  await p3.click('nav >> text=结果');
  await p3.waitForSelector('.results');
  assert(JSON.stringify(await verdicts(p3)) === JSON.stringify(firmVerdicts), 'same verdicts from storage');
  await p3.close();
});

await test("the browser's Back button never undoes a newer answer", async () => {
  await page.goto(`${base}#/results`);
  await page.waitForSelector('.results');
  await page.click('nav >> text=我的答案');
  await page.waitForSelector('#a-f-headcount_last_year');
  await page.fill('#a-f-headcount_last_year', '41');
  await page.goBack();
  await page.waitForSelector('.results');
  includes(await page.locator('.answers-summary').innerText(), '41', 'the newer answer is kept');
  await page.goForward();
  await page.waitForSelector('#a-f-headcount_last_year');
  assert((await page.inputValue('#a-f-headcount_last_year')) === '41', 'and kept going forward');
  await page.fill('#a-f-headcount_last_year', '40');
  // A link pasted into the address bar of the same tab is opened.
  await page.goto(`${base}#/results?v1~d=2026-06-30~applicant_kind=university`);
  await page.waitForSelector('.results');
  includes(await page.locator('.answers-summary').innerText(), '高等学校', 'the pasted link is opened');
  await page.goto(firmLink);
  await page.waitForSelector('.results');
  firmVerdicts = await verdicts(page);
});

await test('a link opened while the last change is still unwritten is opened, not overwritten', async () => {
  // The app writes the address when the browser is idle; here idle time comes only when the test
  // says, so a link can arrive while a write is pending, deterministically.
  const other = await newContext();
  await other.addInitScript(() => {
    window.__idle = [];
    window.requestIdleCallback = (cb) => { window.__idle.push(cb); return window.__idle.length; };
    window.__flushIdle = () => { for (const cb of window.__idle.splice(0)) cb({ didTimeout: false, timeRemaining: () => 50 }); };
  });
  const p = watch(await other.newPage(), 'pending-write');
  const summary = () => p.locator('.answers-summary').innerText();
  await p.goto(`${base}#/results?v1~d=2026-06-30~l=zh~applicant_kind=enterprise~registered_in=zgc`);
  await p.waitForSelector('.answers-summary');
  await p.evaluate(() => window.__flushIdle());
  const firm = await p.evaluate(() => location.hash);
  assert(firm.startsWith('#/results?v1~'), `the opened link is written back in the current format (${firm})`);
  // Another link, opened: its answers are shown, their write is pending.
  await p.evaluate(() => { location.hash = '#/results?v1~d=2026-06-30~applicant_kind=university'; });
  await p.waitForFunction(() => document.querySelector('.answers-summary')?.innerText.includes('高等学校'));
  // Back to the first link by address (a new entry, not Back), with that write still pending.
  await p.evaluate((h) => { location.hash = h; }, firm);
  await p.waitForFunction(() => !document.querySelector('.answers-summary')?.innerText.includes('高等学校'), null, { timeout: 5000 })
    .catch(() => {});
  await p.evaluate(() => window.__flushIdle());
  await p.waitForTimeout(100);
  await p.evaluate(() => window.__flushIdle());
  const after = await summary();
  assert(!after.includes('高等学校') && after.includes('中关村示范区范围内'), `the first link's answers are shown (${after.slice(0, 120)})`);
  assert((await p.evaluate(() => location.hash)) === firm, 'and the address holds them');
  await other.close();
});

await test('a damaged link says so and keeps every answer it could read', async () => {
  const other = await newContext();
  const p = watch(await other.newPage(), 'bad-link');
  await p.goto(`${base}#/results?v1~applicant_kind=enterprise~revenue_last_year=abc~no_such_fact=1~national_high_tech=maybe~registered_in=zgc~oops`);
  const notice = p.locator('.notice.warning');
  await notice.waitFor();
  const text = await notice.innerText();
  includes(text, '部分内容无法读取', 'link problem message');
  includes(text, 'revenue_last_year', 'the bad number is named');
  includes(text, 'no_such_fact', 'the unknown fact is named');
  const answers = await p.locator('.answers-summary').innerText();
  includes(answers, '企业', 'the good answers were kept');
  includes(answers, '中关村示范区范围内', 'the good answers were kept');
  // A link of an unknown version, and plain garbage, still give a page. Each is opened by a page
  // of its own: a hash change and a reload would race the app rewriting the address it opened in
  // the current format (it does so when idle), and the reload could load the rewritten link.
  const p9 = watch(await other.newPage(), 'v9-link');
  await p9.goto(`${base}#/results?v9~applicant_kind=university`);
  await p9.waitForSelector('.notice.warning');
  includes(await p9.locator('.notice.warning').first().innerText(), 'v9', 'version named');
  const pg = watch(await other.newPage(), 'garbage-link');
  await pg.goto(`${base}#/results?%%%~~==`);
  await pg.waitForSelector('#main-heading');
  await other.close();
});

await test('damaged localStorage gives a message, not a blank page', async () => {
  for (const [label, stored, expect] of [
    ['not JSON', '{not json', '已损坏'],
    ['bad answers', JSON.stringify({ v: 1, answers: { applicant_kind: 'enterprise', revenue_last_year: '-5', bogus: true } }), '部分无法读取'],
  ]) {
    const other = await newContext();
    await other.addInitScript((s) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('zgc-checker.v1', s); sessionStorage.setItem('seeded', '1'); } }, stored);
    const p = watch(await other.newPage(), `storage ${label}`);
    await p.goto(base);
    const notice = p.locator('.notice.warning');
    await notice.waitFor();
    includes(await notice.innerText(), expect, label);
    assert(await p.locator('#main-heading').isVisible(), `${label}: the page is there`);
    await other.close();
  }
});

await test('catalog: search, filters, and each measure at its own address with the article side by side', async () => {
  await page.goto(`${base}#/catalog`);
  const count = page.locator('.catalog-list > li');
  const all = await count.count();
  assert(all >= 2, `catalog lists measures (${all})`);
  await page.fill('#cat-q', '小升规');
  await page.waitForFunction(() => document.querySelectorAll('.catalog-list > li').length === 1);
  const found = await page.textContent('.catalog-list > li');
  // The English texts are searched too, whatever the case typed.
  await page.fill('#cat-q', 'GROW FROM SMALL TO Large');
  await page.waitForFunction((text) => document.querySelectorAll('.catalog-list > li').length === 1
    && document.querySelector('.catalog-list > li').textContent === text, found);
  await page.fill('#cat-q', '');
  await page.selectOption('#cat-doc', '5');
  await page.selectOption('#cat-app', 'university');
  await page.selectOption('#cat-app', 'enterprise');
  await page.selectOption('#cat-method', 'post_subsidy');
  assert((await count.count()) >= 2, 'filters keep doc 5 post-subsidies for enterprises');
  await page.click('.catalog-list a >> text=5.7');
  await page.waitForSelector('.article');
  assert(page.url().includes('#/m/5.7'), `own address (${page.url()})`);
  const zh = await page.locator('.article-part .zh').first().innerText();
  const en = await page.locator('.article-part .en').first().innerText();
  includes(zh, '小升规', 'verbatim Chinese');
  includes(en, 'small to large', 'English beside it');
  await page.goto(`${base}#/m/5.5`);
  await page.waitForSelector('.article');
  includes(await page.locator('#main-heading').innerText(), '5.5', 'direct address opens the measure');
});

await test('export answers as the CLI JSON, import it back; export results as CSV', async () => {
  await page.goto(`${base}#/results`);
  await page.waitForSelector('#export-json');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const json = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  assert(json.applicant_kind === 'enterprise', `applicant_kind in export (got ${JSON.stringify(json).slice(0, 300)} at ${page.url()})`);
  assert(json.revenue_last_year === '1500', `numbers as exact strings (got ${json.revenue_last_year})`);
  assert(json.national_high_tech === true, 'booleans as booleans');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  includes(csvText, '措施,文号', 'CSV header');
  includes(csvText, '5.5,京科发〔2022〕5号', 'CSV row for 5.5');
  const other = await newContext();
  const p = watch(await other.newPage(), 'import');
  await p.goto(`${base}#/results`);
  await p.setInputFiles('#import-file', { name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...json, bogus_fact: 1 })) });
  const notice = p.locator('.notice');
  await notice.first().waitFor();
  includes(await notice.first().innerText(), 'bogus_fact', 'invalid entry listed');
  await p.locator('.verdicts #card-5\\.5.eligible').waitFor();
  // A file that is not JSON: the browser's parse message, and the answers already there stay.
  await p.setInputFiles('#import-file', { name: 'q.json', mimeType: 'application/json', buffer: Buffer.from('{"applicant_kind": "university",') });
  await p.locator('.notice', { hasText: '未导入' }).waitFor();
  await p.locator('.verdicts #card-5\\.5.eligible').waitFor();
  await other.close();
});

await test('print: a clean report without controls, every condition of eligible measures', async () => {
  await page.goto(`${base}#/results`);
  await page.waitForSelector('.results');
  await page.emulateMedia({ media: 'print' });
  try {
    assert(!(await page.locator('.toolbar').isVisible()), 'no toolbar in print');
    assert(!(await page.locator('header.site nav').isVisible()), 'no navigation in print');
    // Cards far from the viewport are light on screen, and no card builds its full condition
    // list until opened; printing (the browser's beforeprint) builds every card in full.
    assert((await page.locator('.card.light').count()) > 0, 'some cards are light before printing');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => document.querySelectorAll('.card.light').length === 0);
    const eligible = page.locator('.verdicts .card.eligible .conditions .checks').first();
    assert(await eligible.isVisible(), 'eligible conditions printed');
    assert(await page.locator('.answers-summary').isVisible(), 'answers printed');
    await page.pdf({ path: join(out, 'results.pdf'), format: 'A4' });
  } finally {
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
  }
});

await test('works at 360 px wide and by keyboard, with visible focus', async () => {
  const other = await newContext({ viewport: { width: 360, height: 740 } });
  const p = watch(await other.newPage(), 'mobile');
  await p.goto(firmLink);
  await p.waitForSelector('.results');
  const width = await p.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 360, `no sideways scrolling at 360 px (scrollWidth ${width})`);
  await p.screenshot({ path: join(out, 'results-360.png') });
  await p.goto(`${base}#/`);
  await p.waitForSelector('#start-button');
  // Keyboard only: Tab moves through real controls, each with a visible focus ring.
  for (let i = 0; i < 4; i++) {
    await p.keyboard.press('Tab');
    const f = await p.evaluate(() => {
      const e = document.activeElement;
      return { tag: e.tagName, outline: getComputedStyle(e).outlineStyle };
    });
    assert(['A', 'BUTTON', 'INPUT', 'SELECT'].includes(f.tag), `Tab reaches a control (got ${f.tag})`);
    assert(f.outline !== 'none', `focus is visible on ${f.tag} (outline ${f.outline})`);
  }
  await p.focus('.skip');
  const box = await p.locator('.skip').boundingBox();
  assert(box && box.x >= 0, 'the skip button shows when focused');
  // Answer the start page by keyboard alone: choose the applicant kind and start.
  await p.focus('#s-f-applicant_kind');
  await p.keyboard.press('ArrowDown');
  await p.focus('#start-button');
  await p.keyboard.press('Enter');
  await p.waitForSelector('.question-page');
  assert(p.url().includes('#/questions'), 'Enter on Start opens the questions');
  await other.close();
});

await test('every field of every question has a label', async () => {
  await page.goto(`${base}#/answers`);
  await page.click('text=显示全部问题');
  await page.waitForSelector('#a-f-applicant_kind');
  const unlabelled = await page.$$eval('main input, main select', (els) => els
    .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
    .map((e) => e.id || e.name));
  const fields = await page.locator('main input, main select').count();
  assert(fields > 300, `every question shown (${fields} controls)`);
  assert(unlabelled.length === 0, `controls without a label: ${unlabelled.slice(0, 10).join(', ')}`);
  const groups = await page.$$eval('main fieldset', (fs) => fs.filter((f) => !f.querySelector('legend')).length);
  assert(groups === 0, 'every radio group has a legend');
});

await test('start over asks first, then clears the answers', async () => {
  await page.goto(`${base}#/results`);
  await page.waitForSelector('#start-over');
  page.once('dialog', (d) => d.dismiss());
  await page.click('#start-over');
  assert((await verdicts(page)).total === firmVerdicts.total, 'cancel keeps the answers');
  page.once('dialog', (d) => d.accept());
  await page.click('#start-over');
  await page.waitForSelector('.start');
  assert((await page.locator('.saved').count()) === 0, 'no saved answers after start over');
});

await test('the single-file build works from file:// with no server', async () => {
  const single = join(root, 'dist-single', 'zgc-checker.html');
  assert(existsSync(single), `${single} exists (python3 scripts/single-file.py)`);
  const other = await newContext();
  const p = watch(await other.newPage(), 'file');
  const payload = firmLink.slice(firmLink.indexOf('#'));
  await p.goto(`file://${single}${payload}`);
  await p.locator('.verdicts #card-5\\.5.eligible').waitFor();
  includes(await (await fullCard(p, '#card-5\\.5')).innerText(), '最高 20 万元', '5.5 from file://');
  await other.close();
});

const singleFile = join(root, 'dist-single', 'zgc-checker.html');

await test('single file from file:// with the network off: a whole assessment, CSP, no request', async () => {
  const other = await newContext({ offline: true });
  const requests = [];
  other.on('request', (r) => requests.push(r.url()));
  const p = watch(await other.newPage(), 'file-offline');
  await p.goto(`file://${singleFile}`);
  await p.waitForSelector('#start-button');
  await walkQuestions(p);
  await p.click('#see-results');
  const card = await fullCard(p, '.verdicts #card-5\\.5.eligible');
  includes(await card.innerText(), '最高 20 万元', '5.5 eligible, offline from file://');
  await checkCsp(p, "'none'");
  assert((await p.locator('#offline-copy').count()) === 0, 'the single file does not offer to download itself');
  const own = `file://${singleFile}`;
  const others = requests.filter((u) => !(u === own || u.startsWith(`${own}#`) || u.startsWith('data:')));
  assert(others.length === 0, `requests beyond the file itself: ${others.join(', ')}`);
  await other.close();
});

await test('single file offline: English comes from the file itself', async () => {
  const other = await newContext({ offline: true });
  const p = watch(await other.newPage(), 'file-offline-en');
  await p.goto(`file://${singleFile}`);
  await p.waitForSelector('#start-button');
  await p.click('.lang-switch');
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  includes(await p.locator('footer.site').innerText(), 'issued June 2022', 'the rules\' English, offline');
  await other.close();
});

await test('hosted: the English texts are fetched once, only when English is first needed', async () => {
  const other = await newContext();
  const asked = [];
  other.on('request', (r) => { if (r.url().endsWith('/en.txt')) asked.push(r.url()); });
  const p = watch(await other.newPage(), 'english-on-demand');
  await p.goto(firmLink);
  await p.locator('.verdicts #card-5\\.5.eligible').waitFor();
  assert(asked.length === 0, `a Chinese reader does not fetch the English (${asked.length})`);
  await p.click('.lang-switch');
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  includes(await (await fullCard(p, '#card-5\\.5')).innerText(), 'up to 20 万元', 'English amount');
  includes(await p.locator('footer.site').innerText(), 'issued June 2022', 'the rules\' English');
  await p.click('.lang-switch');
  await p.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await p.click('.lang-switch');
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  assert(asked.length === 1, `fetched once (${asked.length})`);
  await other.close();
});

await test('hosted: CSP present, and no request beyond the page\'s own files', async () => {
  const other = await newContext();
  // Anything for another host is aborted (and logged as foreign by watch()).
  await other.route((u) => !u.href.startsWith(base), (r) => r.abort());
  const requests = [];
  other.on('request', (r) => requests.push(r.url()));
  const p = watch(await other.newPage(), 'hosted-csp');
  await p.goto(firmLink);
  await p.locator('.verdicts #card-5\\.5.eligible').waitFor();
  await p.click('nav >> text=全部措施');
  await p.waitForSelector('.catalog-list');
  await p.goto(`${base}#/m/5.5`);
  await p.waitForSelector('.article');
  await checkCsp(p, "'self'");
  const own = new Set(['', 'index.html', 'style.css', 'zgc-web.js', 'zgc-web_bg.wasm', 'en.txt']);
  const others = requests.filter((u) => !(u.startsWith(base) && own.has(u.slice(base.length).split('#')[0])) && !u.startsWith('data:'));
  assert(others.length === 0, `requests beyond the page's own files: ${others.join(', ')}`);
  await other.close();
});

await test('"download offline copy" saves exactly the single file', async () => {
  const other = await newContext();
  const p = watch(await other.newPage(), 'download');
  await p.goto(base);
  const link = p.locator('#offline-copy');
  await link.waitFor();
  assert((await link.getAttribute('download')) === 'zgc-checker.html', 'a download link');
  const [dl] = await Promise.all([p.waitForEvent('download'), link.click()]);
  assert(dl.suggestedFilename() === 'zgc-checker.html', `file name ${dl.suggestedFilename()}`);
  assert(readFileSync(await dl.path()).equals(readFileSync(singleFile)), 'the saved file is dist-single/zgc-checker.html, byte for byte');
  await other.close();
});

await test('a host page calls evaluate / questions / measures / facts from JavaScript', async () => {
  const other = await newContext();
  await other.route(`${base}embed-example.html`, (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: readFileSync(join(root, 'web', 'embed-example.html')),
  }));
  const p = watch(await other.newPage(), 'embed');
  await p.goto(`${base}embed-example.html`);
  await p.waitForSelector('body[data-ready="yes"]');
  const d = await p.evaluate(() => ({ ...document.body.dataset }));
  assert(Number(d.measures) >= 2, `measures() lists the catalog (${d.measures})`);
  assert(Number(d.facts) > 10, `facts() lists the facts (${d.facts})`);
  assert(d.inputErrors === '0', `no input errors (${d.inputErrors})`);
  assert(d.nextQuestion.length > 0, 'questions() ranks the next question');
  includes(await p.locator('li[data-measure="5.5"]').innerText(), '最高 20 万元', '5.5 eligible from JS');
  assert((await p.locator('#zgc-app').count()) === 0 && (await p.locator('header.site').count()) === 0, 'the app does not start on a host page');
  await other.close();
});

await test('hosted, offline: English that cannot be fetched is said, the page stays in Chinese, and comes once online', async () => {
  const other = await newContext();
  // Not watched: the failed fetch of en.txt while offline is logged by the browser as an error,
  // and is what this test is about.
  const p = await other.newPage();
  await p.goto(firmLink);
  await p.locator('.verdicts #card-5\\.5.eligible').waitFor();
  await other.setOffline(true);
  await p.click('.lang-switch');
  await p.waitForSelector('text=未能载入英文文本');
  assert((await p.getAttribute('html', 'lang')) === 'zh-CN', 'still in Chinese');
  await other.setOffline(false);
  await p.click('.lang-switch');
  await p.click('.lang-switch');
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  includes(await p.locator('footer.site').innerText(), 'issued June 2022', 'English once online');
  await other.close();
});

await test('offline: no request leaves 127.0.0.1, and the loaded app keeps working offline', async () => {
  const other = await newContext();
  const p = watch(await other.newPage(), 'offline');
  await p.goto(firmLink);
  await p.waitForSelector('.results');
  await other.setOffline(true);
  await p.click('nav >> text=全部措施');
  await p.waitForSelector('.catalog-list');
  await p.click('nav >> text=我的答案');
  await p.fill('#a-f-revenue_last_year', '3000');
  await p.click('nav >> text=结果');
  const card = await fullCard(p, '#card-5\\.5');
  includes(await card.innerText(), '不符合', 'evaluated offline');
  await other.close();
  assert(foreignRequests.length === 0, `requests outside the app:\n     ${foreignRequests.join('\n     ')}`);
});

await test('no console errors', async () => {
  assert(consoleErrors.length === 0, `console errors:\n     ${consoleErrors.join('\n     ')}`);
});

await browser.close();
server.kill();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
