import type { HttpClient } from './http.ts';

/** A complete filing for 车工 levels 5–3, as a social organisation would fill it in. */
export function turningFiling(levels: number[] = [5, 4, 3]) {
  return {
    scope: levels.map((level) => ({ occupationCode: '6-18-01-01', workType: '数控车工', level })),
    content: {
      examiners: [
        { name: '王师傅', certificateNo: 'KPY-2024-0001', occupationCode: '6-18-01-01', levels },
        { name: '李师傅', certificateNo: 'KPY-2024-0002', occupationCode: '6-18-01-01', levels: [levels.at(-1)!] },
        { name: '张师傅', certificateNo: 'KPY-2024-0003', occupationCode: '6-18-01-01', levels: [levels[0]!] },
      ],
      supervisors: [{ name: '赵督导', certificateNo: 'ND-0001' }],
      experts: [{ name: '陈教授', title: '高级工程师', field: '数控加工' }],
      sites: [
        {
          name: '西藏中路考点',
          address: '上海市黄浦区西藏中路 200 号',
          districtCode: '310101',
          rooms: [
            { name: '理论考场 1', capacity: 30, videoMonitoring: true },
            { name: '实操车间 A', capacity: 10, videoMonitoring: true },
          ],
        },
      ],
      itemBankSource: 'national',
      itemBankNote: '使用国家题库',
      managementRules: '考务管理、考评人员管理、质量督导、档案管理等制度齐全。',
      employerCommitment: false,
    },
  };
}

export async function createAndSubmit(client: HttpClient, institutionId: string, body = turningFiling()) {
  const created = await client.post(`/api/v1/institutions/${institutionId}/filings`, body);
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await client.post(`/api/v1/filings/${created.body.id}/submit`, { version: created.body.version });
  if (submitted.status !== 200) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return submitted.body as { id: string; version: number; status: string };
}

export async function institutionIdOf(client: HttpClient): Promise<string> {
  const me = await client.get('/api/v1/auth/me');
  return me.body.grants[0].institutionId;
}
