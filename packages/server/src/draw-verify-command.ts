import fs from 'node:fs';
import { DrawRecordSchema } from '@jiping/contracts';
import { verifyDrawRecord, type DrawCheck, type DrawProblem, type DrawRecord } from '@jiping/domain';

/** Each check of a published draw in both languages, as the public page words them. */
const CHECK_TEXT: Record<DrawCheck['code'], { ok: string; failed: string }> = {
  commitment: {
    ok: '承诺值一致：公布的密钥的 SHA-256 等于抽取前公示的承诺值 commitment matches the revealed secret',
    failed: '承诺值不一致：公布的密钥不是抽取前承诺的那个 the revealed secret does not hash to the commitment',
  },
  candidatesDigest: {
    ok: '候选名单一致：名单的 SHA-256 等于抽取前公示的摘要 candidate lists match their published digest',
    failed: '候选名单不一致：名单与抽取前公示的摘要不符 candidate lists differ from their published digest',
  },
  keyString: { ok: '密钥串一致 key string matches', failed: '密钥串不一致 key string differs' },
  picks: { ok: '抽取结果一致：重新抽取得到相同的检查对象和检查人员 picks match', failed: '抽取结果不一致 picks differ' },
};

function problemText(problem: DrawProblem): string {
  switch (problem.code) {
    case 'tooFewInspectors':
      return `检查对象 ${problem.party} 可抽取的检查人员 ${problem.eligible} 人，少于所需 ${problem.required} 人 too few eligible inspectors`;
    case 'badValue':
      return `随机数不合格 bad random value: ${problem.source}`;
    default:
      return `记录无法重新抽取 the record cannot be re-run: ${problem.code}`;
  }
}

/**
 * `npx jiping draw verify <file>`: re-runs a published draw record (draw-<number>.json) with the
 * domain's own `verifyDrawRecord`, offline, and prints every check; exit 0 when it matches the
 * published result, 1 when a check fails or the file is not a record, 2 on wrong usage.
 */
export async function drawVerifyCommand(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('用法 usage: npx jiping draw verify <draw-record.json>');
    return 2;
  }
  let record: DrawRecord;
  try {
    const parsed = DrawRecordSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    record = parsed.data;
  } catch (err) {
    console.error(`✘ 不是有效的抽取记录文件 not a draw record: ${(err as Error).message}`);
    return 1;
  }
  const result = verifyDrawRecord(record);
  const out = result.matches ? console.log : console.error;
  out(`抽查任务 task: ${record.task.number} ${record.task.title}`);
  out(
    `  抽取时间 drawn at: ${record.drawnAt} · 检查对象 targets: ${record.picks.length} · 候选 candidates: ${record.candidates.parties.length} / 检查人员 inspectors: ${record.candidates.inspectors.length}`,
  );
  out(
    `  见证人 witnesses: ${record.entropy.witnesses.map((w) => `${w.name} (${w.values.join(', ')})`).join('; ')}${record.entropy.publicSource ? ` · ${record.entropy.publicSource.description}: ${record.entropy.publicSource.value}` : ''}`,
  );
  for (const check of result.checks) {
    const text = CHECK_TEXT[check.code];
    const where = check.code === 'picks' && check.firstDifference !== undefined ? `（第 ${check.firstDifference + 1} 个检查对象起 from target ${check.firstDifference + 1}）` : '';
    out(`  ${check.ok ? '✔' : '✘'} ${check.ok ? text.ok : text.failed}${where}`);
  }
  if (result.problem) out(`  ✘ ${problemText(result.problem)}`);
  out(result.matches ? '✔ 与公布结果一致 The record re-runs to the published result' : '✘ 与公布结果不一致 The record does not re-run to the published result');
  return result.matches ? 0 : 1;
}
