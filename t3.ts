import { readPrompt } from './main/engine/prompt/parse-prompt';
const ps = process.argv.slice(2);
for (const p of ps) { const r = readPrompt(p); console.log(JSON.stringify(p), '\n  ', r.accepted ? 'OK' : 'REFUSED: ' + r.refusal?.slice(0, 140), '\n  ', JSON.stringify(r.understanding)); }
