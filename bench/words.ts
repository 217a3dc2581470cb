/**
 * `pnpm bench words`: quality and speed of the Chinese word segmentation
 * engines. Quality is scored against the hand-segmented gold standard
 * `packages/core/test/fixtures/segment/words-gold.txt` (PKU style) the way
 * the SIGHAN bakeoffs score it (Emerson 2005): word precision/recall/F1 over
 * exact word spans, and, stricter, over the boundaries between two Han
 * characters only (the only places where engines can differ). Speed is
 * measured on the whole corpus.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentSentences, segmentWords, type WordEngine } from '@duizhao/core';
import { loadSegmentit } from '../packages/core/src/segment/engines/segmentit.js';
import { bestOf, corpusFile, corpusFiles, megabytes, repeatTo } from './corpus-input.js';

const GOLD = fileURLToPath(new URL('../packages/core/test/fixtures/segment/words-gold.txt', import.meta.url));
const ENGINES: WordEngine[] = ['segmentit', 'intl'];

/** A gold sentence: its input text, its words as spans, and its script. */
export interface GoldSentence {
  text: string;
  words: Array<[number, number]>;
  script: string;
}

/** Parses the gold file: `# zh-Hant` / `# zh-Hans` lines set the script; a space joins words that meet at ASCII letters or digits. */
export function readGold(source: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let script = 'zh';
  for (const line of source.split('\n')) {
    const section = /^# (zh-Han[st])$/.exec(line);
    if (section) script = section[1]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    let text = '';
    const words: Array<[number, number]> = [];
    for (const word of line.split(' ')) {
      if (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(word)) text += ' ';
      words.push([text.length, text.length + word.length]);
      text += word;
    }
    out.push({ text, words, script });
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

export interface Score {
  words: { p: number; r: number; f1: number };
  boundaries: { p: number; r: number; f1: number };
  /** Gold boundaries between two Han characters. */
  hanCuts: number;
}

function prf(correct: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores `engine` on `gold`: exact word spans, and boundaries between two Han characters. */
export function scoreEngine(gold: GoldSentence[], engine: WordEngine): Score {
  let wordsCorrect = 0, wordsPredicted = 0, wordsGold = 0;
  let cutsCorrect = 0, cutsPredicted = 0, cutsGold = 0;
  for (const { text, words } of gold) {
    const predicted = segmentWords(text, { engine }).map((t) => [t.start, t.end] as const);
    const goldSpans = new Set(words.map(([s, e]) => `${s}:${e}`));
    wordsGold += words.length;
    wordsPredicted += predicted.length;
    wordsCorrect += predicted.filter(([s, e]) => goldSpans.has(`${s}:${e}`)).length;
    const inHan = (i: number): boolean => i > 0 && HAN.test(text[i - 1]!) && HAN.test(text[i]!);
    const goldCuts = new Set(words.map(([, e]) => e).filter(inHan));
    const predictedCuts = predicted.map(([, e]) => e).filter(inHan);
    cutsGold += goldCuts.size;
    cutsPredicted += predictedCuts.length;
    cutsCorrect += predictedCuts.filter((e) => goldCuts.has(e)).length;
  }
  return { words: prf(wordsCorrect, wordsPredicted, wordsGold), boundaries: prf(cutsCorrect, cutsPredicted, cutsGold), hanCuts: cutsGold };
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n') + '\n';
}

export function run(): void {
  const t0 = performance.now();
  loadSegmentit();
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  segmentWords('模型', { engine: 'intl' });
  const intlMs = performance.now() - t1;

  const gold = readGold(readFileSync(GOLD, 'utf8'));
  const corpus = corpusFiles().map(corpusFile);
  const chars = corpus.reduce((n, text) => n + text.length, 0);
  const han = corpus.reduce((n, text) => n + (text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);

  const fmt = (x: number): string => (100 * x).toFixed(1);
  const rows = [['engine', 'set', 'sentences', 'word P', 'word R', 'word F1', 'Han-cut P', 'Han-cut R', 'Han-cut F1']];
  const speed = [['engine', 'first use ms', 'corpus chars', 'best s', 'chars/s']];
  for (const engine of ENGINES) {
    for (const script of ['zh-Hant', 'zh-Hans', 'all']) {
      const set = script === 'all' ? gold : gold.filter((g) => g.script === script);
      const { words, boundaries } = scoreEngine(set, engine);
      rows.push([engine, script, String(set.length), fmt(words.p), fmt(words.r), fmt(words.f1), fmt(boundaries.p), fmt(boundaries.r), fmt(boundaries.f1)]);
    }
    const s = bestOf(3, () => {
      for (const text of corpus) segmentWords(text, { engine });
    });
    speed.push([engine, (engine === 'segmentit' ? loadMs : intlMs).toFixed(0), String(chars), s.toFixed(3), Math.round(chars / s).toLocaleString('en')]);
  }
  const { hanCuts } = scoreEngine(gold, 'intl');
  process.stdout.write(`Quality on ${gold.length} gold sentences (percent; Han-cut = the ${hanCuts} boundaries between two Han characters)\n`);
  process.stdout.write(table(rows));
  process.stdout.write(`\nSpeed on the corpus (${corpus.length} files, ${han} Han characters; first use = dictionary load)\n`);
  process.stdout.write(table(speed));

  // Sentence segmentation alone, on the corpus repeated to 5 MB and cut into blocks at blank lines.
  const big = repeatTo(corpus.join('\n\n'), 5e6);
  const blocks = big.split(/\n\s*\n/);
  let sentences = 0;
  const s = bestOf(3, () => {
    sentences = 0;
    for (const block of blocks) sentences += segmentSentences(block).length;
  });
  process.stdout.write(
    `\nsegmentSentences: ${megabytes(big).toFixed(1)} MB in ${blocks.length} blocks -> ${sentences} sentences, ` +
      `best ${s.toFixed(3)} s, ${(megabytes(big) / s).toFixed(1)} MB/s\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) run();
