/** Aligning two versions: the dictionary only where the languages differ, loaded once per thread. */
import { alignPair, buildAlignmentReport, loadDictionary, type AlignmentReport, type Version } from '@duizhao/core';
import { CliError, atFile } from './errors.js';

/** Chinese↔English pairs need CC-CEDICT; Chinese↔Chinese and English↔English do not. */
export function needsDictionary(a: Version, b: Version): boolean {
  const zh = (v: Version) => v.lang === 'zh-Hans' || v.lang === 'zh-Hant';
  return zh(a) !== zh(b);
}

/** Refuses a version with nothing to align (a file of images or markup only). */
export function checkAlignable(version: Version): void {
  if (version.sentences.length === 0) throw new CliError(atFile(version.source, `version ${version.id} has no sentences to align`));
}

export async function alignVersions(a: Version, b: Version, maxBead: number): Promise<AlignmentReport> {
  checkAlignable(a);
  checkAlignable(b);
  const dictionary = needsDictionary(a, b) ? await loadDictionary() : undefined;
  const alignment = alignPair(a, b, dictionary ? { dictionary, maxBead } : { maxBead });
  return buildAlignmentReport(a, b, alignment);
}
