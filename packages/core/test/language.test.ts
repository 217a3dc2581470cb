import { describe, expect, it } from 'vitest';
import { detectBlockLangs, detectLang } from '../src/ingest/language.js';

describe('detectLang', () => {
  it('returns the language, whether the evidence decides alone, and the counts', () => {
    expect(detectLang('这是一个简体中文的句子，我们说话。')).toEqual({
      lang: 'zh-Hans',
      confident: true,
      evidence: { han: 15, latin: 0, other: 0, hantOnly: 0, hansOnly: 7, weight: 15 },
    });
  });

  it('tells Simplified from Traditional by the OpenCC round trip', () => {
    expect(detectLang('這是一個繁體中文的句子，我們說話。').lang).toBe('zh-Hant');
    expect(detectLang('这是一个简体中文的句子，我们说话。').lang).toBe('zh-Hans');
    const hant = detectLang('研究人員普遍低估了實現通用人工智慧所需的時間').evidence;
    expect(hant.hantOnly).toBeGreaterThan(hant.hansOnly);
  });

  it('weighs Han characters against Latin letters in code-mixed text', () => {
    expect(detectLang('这是OpenAI的前联合创始人、Thinking Machines首席科学家John Schulman 在最新采访中的论断。').lang).toBe('zh-Hans');
    expect(detectLang('Lower the threshold for AI entrepreneurship, allowing entrepreneurs to focus on model innovation rather than底层 computing power issues.').lang).toBe('en');
    expect(detectLang('rather than底层 computing power').lang).toBe('en');
    expect(detectLang('rather than底层 computing power', { latinLettersPerHan: 20 }).lang).toBe('zh-Hans');
  });

  it('says other for other scripts and for text without letters', () => {
    expect(detectLang('Это предложение на русском языке.').lang).toBe('other');
    expect(detectLang('これはひらがなとカタカナのぶんです').lang).toBe('other');
    expect(detectLang('2025 — 14:03').lang).toBe('other');
    expect(detectLang('2025 — 14:03').confident).toBe(false);
  });

  it('is not confident about short or script-neutral text', () => {
    expect(detectLang('Summary').confident).toBe(false);
    expect(detectLang('PPO 算法之父').confident).toBe(false);
    expect(detectLang('算法之父算法之父算法之父').confident).toBe(false);
    expect(detectLang('The following is a summary of the key points.').confident).toBe(true);
  });
});

describe('detectBlockLangs', () => {
  it('lets short blocks inherit from their neighbours', () => {
    const { langs } = detectBlockLangs([
      '受訪者：約翰·舒爾曼，OpenAI 創始元老之一，現任新公司創辦人。',
      'PPO 算法之父',
      'Summary',
      '這場訪談涵蓋了他對 AI 研究的深刻洞見與觀察。',
    ]);
    expect(langs).toEqual(['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant']);
  });

  it('lets a short block between two languages follow its own weak evidence', () => {
    const { langs } = detectBlockLangs([
      'His insights provide practical directions and thinking frameworks for researchers.',
      'Translation',
      '以下是关于访谈内容的核心要点总结，我们来看。',
    ]);
    expect(langs).toEqual(['en', 'en', 'zh-Hans']);
  });

  it('judges a file of only short blocks on all its text', () => {
    expect(detectBlockLangs(['算法', '這', '們', '說']).langs).toEqual(['zh-Hant', 'zh-Hant', 'zh-Hant', 'zh-Hant']);
  });
});
