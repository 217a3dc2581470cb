/**
 * What a browser bundle gets in place of `dictionary-file.node.ts` (package.json
 * `browser` field): there is no file to read, so the page fetches the compact
 * dictionary (`fetchDictionary(url)`) or decodes bytes it has (`decodeDictionary`).
 */

export async function readDictionaryFile(): Promise<{ path: string; bytes: Uint8Array }> {
  throw new Error('loadDictionary() reads a file and works only in Node; in a browser use fetchDictionary(url) or decodeDictionary(bytes)');
}
