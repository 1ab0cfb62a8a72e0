import type { RuleSet } from './types.ts';
import { apprenticeship, diploma, holds, path, work } from './template-builders.ts';

/** 技工学校 and 技师学院 graduates: the text names the school, not the class or the major. */
const TECHNICIAN_COLLEGE = ['senior_technical', 'preparatory_technician'] as const;

/** Eligibility clauses common to the national occupational skill standards of 2018/2019. */
export const TEMPLATE_2018: RuleSet = {
  id: 'national-2018',
  standardVersion: '2018',
  label: { 'zh-CN': '国家职业技能标准（2018/2019 版）申报条件', 'en-US': 'National occupational skill standards, 2018/2019 edition' },
  levels: {
    5: [
      path('2018-5-work', '累计从事本职业或相关职业工作满 1 年', 'At least 1 year in this or a related occupation', work(1)),
      path('2018-5-apprenticeship', '本职业或相关职业学徒期满', 'Completed an apprenticeship in this or a related occupation', apprenticeship()),
    ],
    4: [
      path('2018-4-level5', '取得本职业或相关职业五级/初级工证书后，累计从事本职业或相关职业工作满 4 年', 'At least 4 years since a level 5 certificate of this or a related occupation', holds(5, 4)),
      path('2018-4-work', '累计从事本职业或相关职业工作满 6 年', 'At least 6 years in this or a related occupation', work(6)),
      path(
        '2018-4-diploma',
        '取得技工学校或中等职业学校本专业或相关专业毕业证书（含在读应届毕业生）',
        'A technical or secondary vocational school diploma in this or a related major (final-year students included)',
        diploma(['junior_technical', 'secondary_vocational'], { relatedMajor: true, finalYearAllowed: true }),
      ),
    ],
    3: [
      path('2018-3-level4', '取得本职业或相关职业四级/中级工证书后，累计从事本职业或相关职业工作满 5 年', 'At least 5 years since a level 4 certificate of this or a related occupation', holds(4, 5)),
      path(
        '2018-3-level4-technician-college',
        '取得本职业或相关职业四级/中级工证书，并具有高级技工学校、技师学院毕业证书（含在读应届毕业生）',
        'A level 4 certificate of this or a related occupation and a senior technical school or technician college diploma (final-year students included)',
        holds(4, 0),
        diploma([...TECHNICIAN_COLLEGE], { relatedMajor: false, finalYearAllowed: true }),
      ),
      path(
        '2018-3-college-level4',
        '具有大专及以上本专业或相关专业毕业证书，并取得本职业或相关职业四级/中级工证书后，累计从事本职业或相关职业工作满 2 年',
        'A college diploma or above in this or a related major, and at least 2 years since a level 4 certificate of this or a related occupation',
        diploma(['college', 'bachelor', 'master_or_above'], { relatedMajor: true, finalYearAllowed: false }),
        holds(4, 2),
      ),
    ],
    2: [
      path('2018-2-level3', '取得本职业或相关职业三级/高级工证书后，累计从事本职业或相关职业工作满 4 年', 'At least 4 years since a level 3 certificate of this or a related occupation', holds(3, 4)),
      path(
        '2018-2-technician-college-level3',
        '取得本职业或相关职业三级/高级工证书的高级技工学校、技师学院毕业生，累计从事本职业或相关职业工作满 3 年',
        'A senior technical school or technician college graduate, at least 3 years since a level 3 certificate of this or a related occupation',
        diploma([...TECHNICIAN_COLLEGE], { relatedMajor: false, finalYearAllowed: false }),
        holds(3, 3),
      ),
      path(
        '2018-2-preparatory-technician',
        '取得本职业或相关职业预备技师证书的技师学院毕业生，累计从事本职业或相关职业工作满 2 年',
        'A technician college graduate with a preparatory technician certificate, at least 2 years in this or a related occupation',
        diploma(['preparatory_technician'], { relatedMajor: false, finalYearAllowed: false }),
        work(2),
      ),
    ],
    1: [path('2018-1-level2', '取得本职业或相关职业二级/技师证书后，累计从事本职业或相关职业工作满 4 年', 'At least 4 years since a level 2 certificate of this or a related occupation', holds(2, 4))],
  },
};
