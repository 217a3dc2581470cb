import { readFileSync } from 'node:fs';
import { alignPair, loadDictionary } from '@duizhao/core/aligner';
const rd = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((text) => ({ text }));
const A = rd('/tmp/scale-20000.zh.txt'), B = rd('/tmp/scale-20000.en.txt');
const dict = await loadDictionary();
const half = (s, k) => s.slice(Math.round(s.length * k / 2), Math.round(s.length * (k + 1) / 2));
const order = (process.env.ORDER || '0,1,0,1').split(',').map(Number);
for (const k of order) {
  const a = { lang: 'zh-Hans', sentences: half(A, k) }, b = { lang: 'en', sentences: half(B, k) };
  const st = []; let c = performance.now(); const t0 = c; const cpu0 = process.cpuUsage();
  alignPair(a, b, { dictionary: dict, maxBead: 10, model1: { maxBeads: 2500 }, onStage: (s) => { const n = performance.now(); st.push(`${s} ${((n - c) / 1000).toFixed(2)}`); c = n; } });
  const cu = process.cpuUsage(cpu0);
  console.log(`half ${k}: ${((performance.now() - t0) / 1000).toFixed(2)} s (cpu ${((cu.user + cu.system) / 1e6).toFixed(2)}) | ${st.join(', ')}`);
}
