/* eslint-disable */
import { writeFileSync, mkdirSync } from 'node:fs';
import { readGoldSet, buildLongPair, macDevDir } from './gold.js';
const n = Number(process.argv[2]); const dir = process.argv[3]!;
mkdirSync(dir, { recursive: true });
const doc = buildLongPair(readGoldSet(macDevDir()), n);
writeFileSync(`${dir}/a.zh-Hans.txt`, doc.src.join('\n') + '\n');
writeFileSync(`${dir}/b.en.txt`, doc.tgt.join('\n') + '\n');
console.log(doc.src.length, doc.tgt.length);
