import type { RuleSet } from './types.ts';
import { diploma, holds, minAge, path, title, work } from './template-builders.ts';

/** Eligibility clauses common to the national occupational skill standards from 2023 on. */
export const TEMPLATE_2023: RuleSet = {
  id: 'national-2023',
  standardVersion: '2023',
  label: { 'zh-CN': '国家职业技能标准（2023 版起）申报条件', 'en-US': 'National occupational skill standards, 2023 edition onwards' },
  levels: {
    5: [path('2023-5-age', '年满 16 周岁，拟从事或正在从事本职业或相关职业工作', 'Aged 16 or over', minAge(16))],
    4: [
      path('2023-4-work', '累计从事本职业或相关职业工作满 5 年', 'At least 5 years in this or a related occupation', work(5)),
      path(
        '2023-4-level5',
        '取得本职业或相关职业五级/初级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作满 3 年',
        'At least 3 years since a level 5 certificate of this or a related occupation',
        holds(5, 3),
      ),
      path(
        '2023-4-diploma',
        '取得本专业或相关专业的技工院校或中等及以上职业院校、专科及以上普通高等学校毕业证书（含在读应届毕业生）',
        'A technical, vocational or higher education diploma in this or a related major (final-year students included)',
        diploma(['junior_technical', 'secondary_vocational', 'senior_technical', 'preparatory_technician', 'college', 'bachelor', 'master_or_above'], {
          relatedMajor: true,
          finalYearAllowed: true,
        }),
      ),
    ],
    3: [
      path('2023-3-work', '累计从事本职业或相关职业工作满 10 年', 'At least 10 years in this or a related occupation', work(10)),
      path(
        '2023-3-level4',
        '取得本职业或相关职业四级/中级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作满 4 年',
        'At least 4 years since a level 4 certificate of this or a related occupation',
        holds(4, 4),
      ),
      path(
        '2023-3-junior-title',
        '取得符合专业对应关系的初级职称（专业技术人员职业资格）后，累计从事本职业或相关职业工作满 1 年',
        'At least 1 year since a corresponding junior professional title',
        title('junior', 1),
      ),
      path(
        '2023-3-diploma',
        '取得本专业或相关专业的技工院校高级工班及以上、高等职业学校或专科及以上普通高等学校毕业证书（含在读应届毕业生）',
        'A senior technical class, higher vocational or higher education diploma in this or a related major (final-year students included)',
        diploma(['senior_technical', 'preparatory_technician', 'college', 'bachelor', 'master_or_above'], { relatedMajor: true, finalYearAllowed: true }),
      ),
    ],
    2: [
      path(
        '2023-2-level3',
        '取得本职业或相关职业三级/高级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作满 5 年',
        'At least 5 years since a level 3 certificate of this or a related occupation',
        holds(3, 5),
      ),
      path(
        '2023-2-junior-title-level3',
        '取得符合专业对应关系的初级职称后，累计从事本职业或相关职业工作满 5 年，并在取得本职业或相关职业三级/高级工证书后，从事本职业或相关职业工作满 1 年',
        'At least 5 years since a corresponding junior professional title, and at least 1 year since a level 3 certificate of this or a related occupation',
        title('junior', 5),
        holds(3, 1),
      ),
      path(
        '2023-2-intermediate-title',
        '取得符合专业对应关系的中级职称后，累计从事本职业或相关职业工作满 1 年',
        'At least 1 year since a corresponding intermediate professional title',
        title('intermediate', 1),
      ),
      path(
        '2023-2-technician-college-level3',
        '取得本职业或相关职业三级/高级工证书的高级技工学校、技师学院毕业生，累计从事本职业或相关职业工作满 2 年',
        'A senior technical school or technician college graduate, at least 2 years since a level 3 certificate of this or a related occupation',
        diploma(['senior_technical', 'preparatory_technician'], { relatedMajor: false, finalYearAllowed: false }),
        holds(3, 2),
      ),
    ],
    1: [
      path(
        '2023-1-level2',
        '取得本职业或相关职业二级/技师职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作满 5 年',
        'At least 5 years since a level 2 certificate of this or a related occupation',
        holds(2, 5),
      ),
      path(
        '2023-1-intermediate-title-level2',
        '取得符合专业对应关系的中级职称后，累计从事本职业或相关职业工作满 5 年，并在取得本职业或相关职业二级/技师证书后，从事本职业或相关职业工作满 1 年',
        'At least 5 years since a corresponding intermediate professional title, and at least 1 year since a level 2 certificate of this or a related occupation',
        title('intermediate', 5),
        holds(2, 1),
      ),
      path('2023-1-senior-title', '取得符合专业对应关系的高级职称后，累计从事本职业或相关职业工作满 1 年', 'At least 1 year since a corresponding senior professional title', title('senior', 1)),
    ],
  },
};
