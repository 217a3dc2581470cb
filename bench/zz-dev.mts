import { readGoldSet, buildLongPair, macDevDir } from './gold.js';
const doc = buildLongPair(readGoldSet(macDevDir()), 10000);
const dev = (a0: number, a1: number, b0: number, b1: number) => { let worst = 0;
  for (const g of doc.gold) { if (!g.a.length || !g.b.length) continue; const i = g.a[0]!, j = g.b[0]!; if (i < a0 || i >= a1) continue;
    const expect = b0 + ((i - a0) * (b1 - b0)) / (a1 - a0); worst = Math.max(worst, Math.abs(j - expect)); } return worst.toFixed(0); };
console.log('whole', dev(0, doc.src.length, 0, doc.tgt.length));
for (const [ca, cb] of [[5115, 6928], [3997, 5342], [6020, 8052]]) console.log(ca, 'half1', dev(0, ca, 0, cb), 'half2', dev(ca, doc.src.length, cb, doc.tgt.length));
