import { districtName } from '@jiping/domain';
import type { InspectionDetail } from '@jiping/contracts';
import { translate } from '../../platform/i18n/messages.ts';
import { FONT, renderPdf, type Pdf } from '../../platform/pdf/document.ts';

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (no daylight saving time). */
function shanghaiTime(iso: string | null): string {
  if (!iso) return '—';
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const word = (prefix: string, code: string | null) => (code ? translate(`${prefix}.${code}`, 'zh-CN') : '—');

function department(inspection: InspectionDetail): string {
  if (inspection.departmentKind === 'district' && inspection.departmentDistrictCode) return `${districtName(inspection.departmentDistrictCode)}人社局`;
  return word('departmentKind', inspection.departmentKind);
}

/**
 * The inspection report (督导检查报告) as an A4 PDF in the embedded CJK font: what was inspected and
 * on which basis, by whom (certificate numbers, confirmation times), every checklist line with its
 * answer and note, the findings with their files named and fingerprinted (sha256), the conclusion
 * and the summary. Built from the same view the page shows, so the two never differ.
 */
export function renderInspectionReport(inspection: InspectionDetail, printedAt: Date): Promise<Buffer> {
  return renderPdf({ title: `督导检查报告 ${inspection.number}`, subject: inspection.institutionName }, (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const heading = (text: string) => {
      doc.moveDown(0.8).font(FONT.bold).fontSize(13).fillColor('#000').text(text, left, undefined, { width });
      doc.moveDown(0.3).font(FONT.regular).fontSize(10.5);
    };
    const field = (label: string, value: string) => {
      doc
        .font(FONT.bold)
        .fontSize(10.5)
        .text(`${label}：`, left, undefined, { continued: true, width })
        .font(FONT.regular)
        .text(value || '—');
    };

    doc.font(FONT.bold).fontSize(18).text('技能人才评价督导检查报告', left, 56, { width, align: 'center' });
    doc.font(FONT.regular).fontSize(10).fillColor('#555').text(`编号 ${inspection.number}`, { width, align: 'center' }).fillColor('#000');
    doc.moveDown(1);

    field('检查名称', inspection.title);
    field('检查类型', word('inspectionKind', inspection.kind));
    field('被检查机构', `${inspection.institutionName}（${districtName(inspection.districtCode)}）`);
    if (inspection.examSession) field('督导场次', `${shanghaiTime(inspection.examSession.startsAt)} ${inspection.examSession.room}`);
    field('组织部门', department(inspection));
    field('检查事项', `${inspection.item.code} ${inspection.item.name}`);
    field('检查依据', inspection.item.legalBasis);
    field('检查方式', inspection.methods.map((m) => word('inspectionMethod', m)).join('、'));
    field('检查时间', `${shanghaiTime(inspection.startedAt)} 开始，${shanghaiTime(inspection.submittedAt)} 提交，${shanghaiTime(inspection.completedAt)} 完成`);
    field('状态', word('inspectionStatus', inspection.status));

    heading('一、检查人员');
    for (const [i, inspector] of inspection.inspectors.entries()) {
      doc.text(`${i + 1}. ${inspector.name}　执法证号 ${inspector.certificateNumber}　确认时间 ${shanghaiTime(inspector.confirmedAt)}`, left, undefined, { width });
    }

    heading('二、检查表');
    const answers = new Map(inspection.checklist.map((e) => [e.key, e]));
    for (const [i, line] of inspection.item.checklist.entries()) {
      const entry = answers.get(line.key);
      doc.font(FONT.bold).text(`${i + 1}. ${line.label}`, left, undefined, { width });
      doc.font(FONT.regular);
      if (line.basis)
        doc
          .fillColor('#555')
          .text(`依据：${line.basis}`, left + 14, undefined, { width: width - 14 })
          .fillColor('#000');
      doc.text(`结果：${entry ? word('checklistAnswer', entry.answer) : '未填写'}${entry?.note ? `　说明：${entry.note}` : ''}`, left + 14, undefined, { width: width - 14 });
    }

    heading('三、发现的问题');
    if (!inspection.findings.length) doc.text('未发现问题。', left, undefined, { width });
    const labels = new Map(inspection.item.checklist.map((l) => [l.key, l.label]));
    for (const [i, finding] of inspection.findings.entries()) {
      const against = finding.checklistKey ? `［${labels.get(finding.checklistKey) ?? finding.checklistKey}］` : '［综合］';
      doc.font(FONT.regular).text(`${i + 1}. ${against}${finding.description}`, left, undefined, { width });
      for (const file of finding.files) drawFile(doc, left + 14, width - 14, file);
    }
    if (inspection.files.length) {
      doc.moveDown(0.3).font(FONT.bold).text('其他材料', left, undefined, { width }).font(FONT.regular);
      for (const file of inspection.files) drawFile(doc, left + 14, width - 14, file);
    }

    heading('四、检查结论');
    doc.font(FONT.bold).fontSize(12).text(word('inspectionConclusion', inspection.conclusion), left, undefined, { width });
    doc
      .font(FONT.regular)
      .fontSize(10.5)
      .moveDown(0.3)
      .text(inspection.summary ?? '—', left, undefined, { width });

    doc
      .moveDown(1.5)
      .fontSize(8.5)
      .fillColor('#777')
      .text(`本报告由上海市职业技能等级认定管理平台于 ${shanghaiTime(printedAt.toISOString())} 生成；所附文件以 SHA-256 指纹标识，可与平台存档核对。`, left, undefined, { width });
  });
}

function drawFile(doc: Pdf, x: number, width: number, file: InspectionDetail['files'][number]) {
  doc
    .fontSize(9)
    .fillColor('#444')
    .text(`附件：${file.fileName}（${Math.max(1, Math.round(file.size / 1024))} KB）SHA-256 ${file.sha256}`, x, undefined, { width });
  doc.fontSize(10.5).fillColor('#000');
}
