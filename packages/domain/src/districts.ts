/**
 * Shanghai's 16 districts (GB/T 2260). Territorial rules and messages need them without a
 * database round trip; the `districts` table is seeded from this list.
 */
export const SHANGHAI_DISTRICTS = [
  { code: '310101', nameZh: '黄浦区', nameEn: 'Huangpu' },
  { code: '310104', nameZh: '徐汇区', nameEn: 'Xuhui' },
  { code: '310105', nameZh: '长宁区', nameEn: 'Changning' },
  { code: '310106', nameZh: '静安区', nameEn: "Jing'an" },
  { code: '310107', nameZh: '普陀区', nameEn: 'Putuo' },
  { code: '310109', nameZh: '虹口区', nameEn: 'Hongkou' },
  { code: '310110', nameZh: '杨浦区', nameEn: 'Yangpu' },
  { code: '310112', nameZh: '闵行区', nameEn: 'Minhang' },
  { code: '310113', nameZh: '宝山区', nameEn: 'Baoshan' },
  { code: '310114', nameZh: '嘉定区', nameEn: 'Jiading' },
  { code: '310115', nameZh: '浦东新区', nameEn: 'Pudong New Area' },
  { code: '310116', nameZh: '金山区', nameEn: 'Jinshan' },
  { code: '310117', nameZh: '松江区', nameEn: 'Songjiang' },
  { code: '310118', nameZh: '青浦区', nameEn: 'Qingpu' },
  { code: '310120', nameZh: '奉贤区', nameEn: 'Fengxian' },
  { code: '310151', nameZh: '崇明区', nameEn: 'Chongming' },
] as const;

export const SHANGHAI_DISTRICT_CODE_PATTERN = /^3101\d{2}$/;

export function isShanghaiDistrictCode(code: string): boolean {
  return SHANGHAI_DISTRICTS.some((district) => district.code === code);
}

export function districtName(code: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string {
  const district = SHANGHAI_DISTRICTS.find((d) => d.code === code);
  if (!district) return code;
  return locale === 'zh-CN' ? district.nameZh : district.nameEn;
}
