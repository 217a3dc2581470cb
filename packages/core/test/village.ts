/** A short story told in Chinese and English, sentence for sentence but for one long Chinese sentence (the sixth) that the translator renders as five English sentences (`LONG`, `MANY`). */
export const ZH = [
  '我们的村子在一座大山的下面。',
  '村子东边有一条很宽的河。',
  '夏天的时候，孩子们常常在河里游泳。',
  '我的父亲是村里的老师。',
  '他每天都要走很远的路去学校。',
  '那天早上，父亲很早就起床了，他先到河边打了两桶水，然后把院子里的落叶扫干净，又给母亲煮了一锅小米粥，最后才背着书包送我去学校。',
  '学校里只有一间教室和二十个学生。',
  '冬天的教室非常冷。',
  '父亲总是先生好火炉，再开始上课。',
  '学生们都很喜欢他。',
  '后来我也成了一名老师。',
];
export const EN = [
  'Our village lies at the foot of a big mountain.',
  'To the east of the village there is a wide river.',
  'In summer the children often swim in the river.',
  'My father is the teacher of the village.',
  'Every day he has to walk a long way to the school.',
  'That morning my father got up very early.',
  'He first went to the river and fetched two buckets of water.',
  'Then he swept the fallen leaves in the yard clean.',
  'He also cooked a pot of millet porridge for my mother.',
  'Only then did he carry my schoolbag and take me to school.',
  'The school has only one classroom and twenty students.',
  'In winter the classroom is very cold.',
  'Father always lights the stove first and then begins the lesson.',
  'The students all like him very much.',
  'Later I too became a teacher.',
];
export const LONG = 5;
export const MANY = [5, 6, 7, 8, 9];
