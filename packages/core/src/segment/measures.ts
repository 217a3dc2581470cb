/**
 * Units of measurement after a number, as one name per unit, so a changed
 * number can be told from a converted one: translators turn 二十英尺 into
 * six metres and 一米六零 into five feet four, and those are the same
 * quantity, not a changed fact. Traditional Chinese units go to the English
 * unit translations usually give them (尺 feet, 寸 inches, 斤 catties, 两
 * taels, 里 li).
 */

const UNITS: Readonly<Record<string, string>> = {
  英尺: 'ft', feet: 'ft', foot: 'ft', 尺: 'ft',
  英寸: 'in', inch: 'in', inche: 'in', 寸: 'in',
  米: 'm', 公尺: 'm', meter: 'm', metre: 'm',
  公里: 'km', 千米: 'km', kilometer: 'km', kilometre: 'km',
  厘米: 'cm', 公分: 'cm', centimeter: 'cm', centimetre: 'cm',
  英里: 'mi', mile: 'mi',
  里: 'li', li: 'li',
  公斤: 'kg', 千克: 'kg', kilogram: 'kg', kilo: 'kg', kg: 'kg',
  磅: 'lb', pound: 'lb', lb: 'lb',
  斤: 'catty', catty: 'catty', cattie: 'catty',
  两: 'tael', 兩: 'tael', tael: 'tael',
  亩: 'mu', 畝: 'mu', mu: 'mu', acre: 'acre',
  度: 'degree', degree: 'degree',
};

/** Chinese units of two characters, tried before one. */
const LONG = /^(?:英尺|英寸|公尺|公里|千米|厘米|公分|英里|公斤|千克)/u;

/** The unit written right after a number at `end`: a Chinese unit or counter, or the next English word without its plural s. */
export function readUnitAfter(text: string, end: number): string {
  const rest = text.slice(end).replace(/^(?:多|余|餘|来|來|几|幾)/u, '');
  const long = LONG.exec(rest.trimStart());
  if (long) return long[0];
  const han = /^\s*(\p{Script=Han})/u.exec(rest);
  if (han) return han[1]!;
  const word = /^[\s-]+([A-Za-z]+)/u.exec(rest);
  return word ? word[1]!.toLowerCase().replace(/s$/u, '') : '';
}

/** The measurement a unit names (`ft`, `kg`), or undefined for a counter or any other word. */
export function measureOf(unit: string): string | undefined {
  return UNITS[unit];
}
