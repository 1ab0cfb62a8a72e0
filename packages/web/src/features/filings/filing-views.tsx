import { Card, Descriptions, List, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloads, type FilingContent, type FilingDetail } from '@jiping/contracts';
import { hrefOf } from '../../api/client.ts';

type ScopeRow = FilingDetail['scope'][number];

export function scopeLabel(row: { occupationCode: string; occupationName?: string; workType: string; level: number }, levelText: (level: number) => string) {
  return `${row.occupationName ?? row.occupationCode}${row.workType ? `（${row.workType}）` : ''} ${levelText(row.level)}`;
}

/** Rows added and removed by an amendment, as readable labels. */
export function scopeDiff(base: ScopeRow[], proposed: ScopeRow[]) {
  const key = (r: ScopeRow) => `${r.occupationCode}|${r.workType}|${r.level}`;
  const baseKeys = new Set(base.map(key));
  const proposedKeys = new Set(proposed.map(key));
  const label = (r: ScopeRow) => scopeLabel(r, (l) => `L${l}`);
  return { added: proposed.filter((r) => !baseKeys.has(key(r))).map(label), removed: base.filter((r) => !proposedKeys.has(key(r))).map(label) };
}

export function ScopeTable({ rows }: { rows: ScopeRow[] }) {
  const { t } = useTranslation();
  return (
    <Table<ScopeRow>
      size="small"
      rowKey={(r) => `${r.occupationCode}|${r.workType}|${r.level}`}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('filings.occupation'), render: (_, r) => `${r.occupationCode} ${r.occupationName}` },
        { title: t('filings.workType'), dataIndex: 'workType', render: (w: string) => w || t('filings.wholeOccupation') },
        {
          title: t('filings.level'),
          dataIndex: 'level',
          render: (l: number, r) => (
            <>
              {t(`level.${l}`)}
              {r.withdrawn && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  {t('filings.withdrawnTag')}
                </Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

export function ContentView({ content }: { content: FilingContent }) {
  const { t } = useTranslation();
  return (
    <>
      <Card title={t('filings.examiners')} style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey={(r) => r.certificateNo}
          pagination={false}
          dataSource={content.examiners}
          columns={[
            { title: t('filings.name'), dataIndex: 'name' },
            { title: t('filings.certificateNo'), dataIndex: 'certificateNo' },
            { title: t('filings.occupation'), dataIndex: 'occupationCode' },
            { title: t('filings.levels'), dataIndex: 'levels', render: (levels: number[]) => levels.map((l) => t(`level.${l}`)).join('、') },
          ]}
        />
      </Card>
      <Card title={t('filings.sites')} style={{ marginBottom: 16 }}>
        {content.sites.map((site, i) => (
          <Descriptions key={i} size="small" column={1} title={`${site.name} · ${site.address}`}>
            {site.rooms.map((room, j) => (
              <Descriptions.Item key={j} label={room.name}>
                {t('filings.capacity')} {room.capacity} · {t('filings.video')} {room.videoMonitoring ? t('common.yes') : <Tag color="red">{t('common.no')}</Tag>}
              </Descriptions.Item>
            ))}
          </Descriptions>
        ))}
      </Card>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('filings.supervisors')}>{content.supervisors.map((s) => s.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('filings.experts')}>{content.experts.map((e) => `${e.name}${e.title ? `（${e.title}）` : ''}`).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('filings.itemBank')}>
            {content.itemBankSource ? t(`filings.${content.itemBankSource}`) : '—'} {content.itemBankNote}
          </Descriptions.Item>
          <Descriptions.Item label={t('filings.rules')}>{content.managementRules || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('filings.commitment')}>{content.employerCommitment ? t('common.yes') : t('common.no')}</Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}

export function AttachmentList({ filingId, attachments }: { filingId: string; attachments: FilingDetail['attachments'] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      locale={{ emptyText: t('filings.noAttachments') }}
      dataSource={attachments}
      renderItem={(a) => (
        <List.Item>
          <a href={hrefOf(downloads.filingAttachment, { id: filingId, attachmentId: a.id })} target="_blank" rel="noreferrer">
            {a.fileName}
          </a>
          <span>
            {t(`filings.purpose.${a.purpose}`)} · {(a.size / 1024).toFixed(0)} KB
          </span>
        </List.Item>
      )}
    />
  );
}
