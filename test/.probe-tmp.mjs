// node test/.probe-tmp.mjs <snippet-file>  : runs snippet with `page`, `out`, `shot(name)` in scope
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const out = '/work/notes/s10/probe';
const browser = await chromium.connectOverCDP('http://127.0.0.1:9333');
const ctx = browser.contexts()[0];
let page = ctx.pages().find(p => p.url().includes('5197')) || ctx.pages()[0];
await page.setViewportSize({ width: 1600, height: 1000 });
const logs = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
const shot = (n) => page.screenshot({ path: `${out}/${n}.png` });
const code = readFileSync(process.argv[2], 'utf8');
const fn = new Function('page', 'out', 'shot', 'ctx', `return (async () => { ${code} })()`);
try { const r = await fn(page, out, shot, ctx); if (r !== undefined) console.log(typeof r === 'string' ? r : JSON.stringify(r, null, 1)); }
catch (e) { console.log('ERR', e.message); }
await browser.close().catch(()=>{});
