import { Button, Card, Col, Descriptions, List, Row, Space } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { downloads, endpoints } from '@jiping/contracts';
import { call, hrefOf } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { ErrorAlert, formatDate, formatDateTime, Loading, PageTitle } from '../../layout/common.tsx';
import { FollowUpFiles, FollowUpStatus, FollowUpTimeline, FollowUpUpload, formOf } from '../rectifications/follow-up-views.tsx';

const MB = 1024 * 1024;

/**
 * One document request: the materials asked for, the files given (downloads audited), the
 * history; the institution uploads and sends (on a phone too), the supervisor closes it.
 */
export default function DocumentRequestDetailPage() {
  const { t } = useTranslation();
  const { workspace, id } = useParams();
  const client = useQueryClient();
  const request = useQuery({ queryKey: ['document-requests', id], queryFn: () => call(endpoints.documentRequest, { params: { id: id! } }) });
  const refresh = async () => {
    for (const k of [['document-requests'], ['inspection-follow-up']]) await client.invalidateQueries({ queryKey: k });
  };
  const step = useFormMutation({
    mutationFn: (which: 'answer' | 'close') =>
      call(which === 'answer' ? endpoints.answerDocumentRequest : endpoints.closeDocumentRequest, { params: { id: id! }, body: { version: request.data!.version } }),
    success: (_, which) => (which === 'answer' ? t('documentRequests.answered') : t('documentRequests.closed')),
    onSuccess: refresh,
  });
  if (request.isLoading) return <Loading />;
  if (request.error || !request.data) return <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />;
  const r = request.data;
  const can = (action: (typeof r.allowedActions)[number]) => r.allowedActions.includes(action);
  return (
    <>
      <PageTitle
        extra={
          can('close') && (
            <Button type="primary" loading={step.isPending} onClick={() => step.mutate('close')}>
              {t('documentRequests.close')}
            </Button>
          )
        }
      >
        <Link to={`/${workspace}/document-requests`}>{workspace === 'institution' ? t('documentRequests.titleInstitution') : t('documentRequests.titleGovernment')}</Link> · {r.number}
      </PageTitle>
      {step.error != null && <ErrorAlert error={step.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
              <Descriptions.Item label={t('followUp.status')}>
                <FollowUpStatus kind="documentRequestStatus" status={r.status} overdue={r.overdue} />
              </Descriptions.Item>
              <Descriptions.Item label={t('followUp.deadline')}>{formatDate(r.deadline)}</Descriptions.Item>
              <Descriptions.Item label={t('followUp.institution')}>{r.institutionName}</Descriptions.Item>
              <Descriptions.Item label={t('followUp.inspection')}>
                {r.inspectionNumber} {r.inspectionTitle}
              </Descriptions.Item>
              {r.note && (
                <Descriptions.Item label={t('documentRequests.note')} span={2}>
                  {r.note}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('followUp.createdAt')}>{formatDateTime(r.createdAt)}</Descriptions.Item>
            </Descriptions>
            <List size="small" header={t('documentRequests.materials')} dataSource={r.materials} renderItem={(m, i) => <List.Item>{`${i + 1}. ${m}`}</List.Item>} />
          </Card>
          <Card title={t('followUp.files')} style={{ marginBottom: 16 }}>
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {can('upload') && (
                <FollowUpUpload
                  accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.zip,.mp4,image/*,video/mp4"
                  hint={t('documentRequests.uploadHint', { document: `${r.limits.documentBytes / MB} MB`, video: `${r.limits.videoBytes / MB} MB` })}
                  send={(file) => call(endpoints.uploadDocumentRequestFile, { params: { id: r.id }, form: formOf(file) })}
                  onUploaded={() => void refresh()}
                />
              )}
              <FollowUpFiles files={r.files} href={(f) => hrefOf(downloads.documentRequestFile, { id: r.id, fileId: f.id })} />
              {can('answer') && (
                <Button type="primary" size="large" block disabled={!r.files.length} loading={step.isPending} onClick={() => step.mutate('answer')}>
                  {t('documentRequests.answer')}
                </Button>
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('followUp.timeline')}>
            <FollowUpTimeline entries={r.timeline} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
