/**
 * Types for opencc-js's dictionaries (`opencc-js/dict/NAME`, 1.4.2, untyped):
 * each module's default export is one dictionary, `"source replacement|…"`.
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
