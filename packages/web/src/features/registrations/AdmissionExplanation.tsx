import type { ReactNode } from 'react';
import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AdmissionResult, Locale, LocalizedText } from '@jiping/domain';

/** 符合 / 不符合 as a tag whose text says it (colour alone is not enough). */
export function PassTag({ passed }: { passed: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={passed ? 'green' : 'red'} icon={passed ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}>
      {passed ? t('admission.pass') : t('admission.fail')}
    </Tag>
  );
}

function Check({ passed, children }: { passed: boolean; children: ReactNode }) {
  return (
    <Space align="start" size={8}>
      <PassTag passed={passed} />
      <span>{children}</span>
    </Space>
  );
}

/**
 * Why an application was or was not admissible, in the reader's language: the relation with the
 * institution, working age (social organisations), and every eligibility path of the standard
 * with each condition judged. Candidates and staff read the same component.
 */
export function AdmissionExplanation({ admission }: { admission: AdmissionResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const text = (value: LocalizedText) => value[locale] ?? value['zh-CN'];
  const { relation, workingAge, eligibility } = admission;
  return (
    <div role="region" aria-label={t('admission.title')}>
      <Alert
        type={admission.admissible ? 'success' : 'warning'}
        showIcon
        title={admission.admissible ? t('admission.admissible') : t('admission.notAdmissible')}
        description={text(admission.summary)}
        style={{ marginBottom: 12 }}
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('admission.examDate')}>{admission.examDate}</Descriptions.Item>
        <Descriptions.Item label={t('admission.standard')}>{t('admission.standardVersion', { version: eligibility.standardVersion })}</Descriptions.Item>
        <Descriptions.Item label={t('admission.evaluatedOn')}>{eligibility.evaluatedOn}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={<h3 style={{ fontSize: 14, margin: 0 }}>{t('admission.relation')}</h3>} style={{ marginBottom: 12 }}>
        <Check passed={relation.passed}>{text(relation.explanation)}</Check>
        {relation.evidenceMissing && <Alert type="warning" showIcon title={t('admission.evidenceMissing')} style={{ marginTop: 8 }} />}
        {relation.considered.length > 1 && (
          <List
            size="small"
            header={<Typography.Text type="secondary">{t('admission.considered')}</Typography.Text>}
            dataSource={relation.considered}
            renderItem={(c) => (
              <List.Item>
                <Check passed={c.passed}>{text(c.explanation)}</Check>
              </List.Item>
            )}
          />
        )}
      </Card>
      {workingAge && (
        <Card size="small" title={<h3 style={{ fontSize: 14, margin: 0 }}>{t('admission.workingAge')}</h3>} style={{ marginBottom: 12 }}>
          <Check passed={workingAge.passed}>{text(workingAge.explanation)}</Check>
        </Card>
      )}
      <Card size="small" title={<h3 style={{ fontSize: 14, margin: 0 }}>{t('admission.eligibility')}</h3>} extra={<PassTag passed={eligibility.eligible} />}>
        {eligibility.paths.length === 0 && <Typography.Text type="secondary">{t('admission.noPaths')}</Typography.Text>}
        {eligibility.paths.map((path, index) => (
          <section key={path.id} aria-label={text(path.label)} style={{ marginTop: index ? 12 : 0 }}>
            <Space align="center" wrap>
              <Typography.Text strong>
                {t('admission.path', { n: index + 1 })}
                {text(path.label)}
              </Typography.Text>
              <PassTag passed={path.passed} />
            </Space>
            <List
              size="small"
              dataSource={path.predicates}
              renderItem={(predicate) => (
                <List.Item>
                  <Check passed={predicate.passed}>{text(predicate.explanation)}</Check>
                </List.Item>
              )}
            />
          </section>
        ))}
      </Card>
    </div>
  );
}
