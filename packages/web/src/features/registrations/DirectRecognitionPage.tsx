import { useState } from 'react';
import { Button, Space, Table, Tabs, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { RegistrationView } from '@jiping/contracts';
import type { Locale } from '@jiping/domain';
import { useDirectRecognitions } from '../../api/registrations.ts';
import { ErrorAlert, formatDateTime, Nowrap, PageTitle } from '../../layout/common.tsx';
import { PassTag } from './AdmissionExplanation.tsx';
import { DirectDecisionModal } from './DirectDecisionModal.tsx';
import { DirectDecisionTag, DirectEvidence } from './DirectRecognitionDetails.tsx';
import { occupationText, useLevelText } from './registration-views.tsx';

type Tab = 'pending' | 'decided';

/**
 * 破格复核: the district bureau (or the city) gives the second approval of the institutions'
 * 破格 requests in its districts. 待复核 lists what waits for a decision, oldest first;
 * 已复核 keeps the decisions made.
 */
export default function DirectRecognitionPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const levelText = useLevelText();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'decided' ? 'decided' : 'pending';
  const list = useDirectRecognitions(tab);
  const rows = list.data ?? [];
  const [openId, setOpenId] = useState<string | null>(null);
  const open = rows.find((r) => r.id === openId) ?? null;
  // A decision changes the application everywhere it is listed.
  const refresh = () => Promise.all(['direct-recognitions', 'plan-registrations'].map((key) => client.invalidateQueries({ queryKey: [key] })));

  const table = (
    <>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<RegistrationView>
        rowKey="id"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: tab === 'pending' ? t('direct.emptyPending') : t('direct.emptyDecided') }}
        columns={[
          { title: t('registrations.name'), dataIndex: 'personName', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('registrations.idNumber'), dataIndex: 'personIdNumberMasked', render: (v: string) => <Nowrap>{v}</Nowrap> },
          { title: t('direct.institution'), dataIndex: 'institutionName', render: (name: string) => <div style={{ minWidth: 120 }}>{name}</div> },
          {
            title: t('direct.occupationLevel'),
            render: (_, r) => (
              <div style={{ minWidth: 140 }}>
                {occupationText(r)} {levelText(r.level)}
              </div>
            ),
          },
          { title: t('registrations.examDate'), dataIndex: 'examStart', render: (v: string) => <Nowrap>{v}</Nowrap> },
          {
            title: t('registrations.systemCheck'),
            render: (_, r) => (
              <div style={{ minWidth: 200, maxWidth: 320 }}>
                <PassTag passed={r.admission.admissible} />
                <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.admission.summary[locale] }} style={{ margin: '4px 0 0' }}>
                  {r.admission.summary[locale]}
                </Typography.Paragraph>
              </div>
            ),
          },
          {
            title: t('direct.reason'),
            render: (_, r) => (
              <div style={{ minWidth: 200, maxWidth: 360 }}>
                <Typography.Paragraph ellipsis={{ rows: 3, tooltip: r.directRecognition?.reason }} style={{ margin: 0 }}>
                  {r.directRecognition?.reason}
                </Typography.Paragraph>
                <Typography.Text type="secondary">
                  {r.directRecognition?.requestedByName} · {formatDateTime(r.directRecognition?.requestedAt)}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('evidence.label'), render: (_, r) => r.directRecognition && <DirectEvidence direct={r.directRecognition} /> },
          ...(tab === 'decided'
            ? [
                {
                  title: t('direct.result'),
                  render: (_: unknown, r: RegistrationView) =>
                    r.directRecognition && (
                      <div style={{ minWidth: 160, maxWidth: 320 }}>
                        <DirectDecisionTag decision={r.directRecognition.decision} />
                        {r.directRecognition.decisionReason && <div>{r.directRecognition.decisionReason}</div>}
                        <Typography.Text type="secondary">
                          {r.directRecognition.decidedByName} · {formatDateTime(r.directRecognition.decidedAt)}
                        </Typography.Text>
                      </div>
                    ),
                },
              ]
            : []),
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space wrap>
                {r.allowedActions.includes('decideDirect') ? (
                  <Button size="small" type="primary" onClick={() => setOpenId(r.id)}>
                    {t('direct.review')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => setOpenId(r.id)}>
                    {t('common.detail')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );

  return (
    <>
      <PageTitle>{t('direct.title')}</PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setOpenId(null);
          setParams(key === 'decided' ? { tab: 'decided' } : {});
        }}
        items={[
          { key: 'pending', label: t('direct.pendingTab'), children: tab === 'pending' ? table : null },
          { key: 'decided', label: t('direct.decidedTab'), children: tab === 'decided' ? table : null },
        ]}
      />
      <DirectDecisionModal
        registration={open}
        institutionName={open?.institutionName}
        onClose={() => setOpenId(null)}
        onDone={() => {
          setOpenId(null);
          void refresh();
        }}
      />
    </>
  );
}
