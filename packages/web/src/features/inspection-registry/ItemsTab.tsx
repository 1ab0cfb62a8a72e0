import { useState } from 'react';
import { Button, Drawer, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints, type InspectionItem } from '@jiping/contracts';
import { call } from '../../api/client.ts';
import { useFormMutation } from '../../api/use-form-mutation.ts';
import { DecisionDialog } from '../../layout/DecisionDialog.tsx';
import { ErrorAlert } from '../../layout/common.tsx';
import { useUrlFilters } from '../../layout/url-filters.ts';
import { ActiveTag } from './registry-views.tsx';

interface ItemForm {
  code: string;
  name: string;
  legalBasis: string;
  checklist: Array<{ key: string; label: string; basis?: string }>;
}

/** 检查事项: the city's list with each item's legal basis and checklist; the city adds, edits and (de)activates. */
export function ItemsTab() {
  const { t } = useTranslation();
  const { params, set } = useUrlFilters();
  const filter = { active: (params.get('active') ?? undefined) as 'true' | 'false' | undefined, q: params.get('q') ?? undefined };
  const list = useQuery({ queryKey: ['inspection-items', filter], queryFn: () => call(endpoints.inspectionItems, { query: filter }) });
  const [editing, setEditing] = useState<InspectionItem | 'new' | null>(null);
  const [viewing, setViewing] = useState<InspectionItem | null>(null);
  const [toggling, setToggling] = useState<InspectionItem | null>(null);
  const canWrite = list.data?.canWrite ?? false;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('inspectionRegistry.item.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          id="item-active"
          aria-label={t('inspectionRegistry.activeFilter')}
          allowClear
          style={{ width: 140 }}
          placeholder={t('inspectionRegistry.activeFilter')}
          value={filter.active}
          onChange={(value?: string) => set('active', value)}
          options={(['true', 'false'] as const).map((v) => ({ value: v, label: t(`inspectionRegistry.active.${v}`) }))}
        />
        <Input.Search
          id="item-search"
          aria-label={t('inspectionRegistry.search')}
          allowClear
          style={{ width: 260 }}
          placeholder={`${t('inspectionRegistry.item.code')} / ${t('inspectionRegistry.item.name')}`}
          defaultValue={filter.q}
          onSearch={(value) => set('q', value.trim() || undefined)}
        />
        {canWrite && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('inspectionRegistry.item.add')}
          </Button>
        )}
      </Space>
      {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<InspectionItem>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('inspectionRegistry.item.empty') }}
        columns={[
          { title: t('inspectionRegistry.item.code'), dataIndex: 'code' },
          { title: t('inspectionRegistry.item.name'), dataIndex: 'name' },
          { title: t('inspectionRegistry.item.legalBasis'), dataIndex: 'legalBasis', ellipsis: true },
          {
            title: t('inspectionRegistry.item.checklist'),
            render: (_, item) => (
              <Button type="link" onClick={() => setViewing(item)}>
                {t('inspectionRegistry.item.lines', { count: item.checklist.length })}
              </Button>
            ),
          },
          { title: t('inspectionRegistry.activeFilter'), render: (_, item) => <ActiveTag active={item.active} /> },
          ...(canWrite
            ? [
                {
                  title: '',
                  render: (_: unknown, item: InspectionItem) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(item)}>
                        {t('inspectionRegistry.edit')}
                      </Button>
                      <Button size="small" danger={item.active} onClick={() => setToggling(item)}>
                        {t(item.active ? 'inspectionRegistry.deactivate' : 'inspectionRegistry.reactivate')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Drawer open={viewing !== null} title={viewing ? `${viewing.code} ${viewing.name}` : ''} onClose={() => setViewing(null)} size="large">
        {viewing && (
          <>
            <Typography.Title level={5}>{t('inspectionRegistry.item.legalBasis')}</Typography.Title>
            <Typography.Paragraph>{viewing.legalBasis}</Typography.Paragraph>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={viewing.checklist}
              columns={[
                { title: t('inspectionRegistry.item.lineKey'), dataIndex: 'key' },
                { title: t('inspectionRegistry.item.lineLabel'), dataIndex: 'label' },
                { title: t('inspectionRegistry.item.lineBasis'), dataIndex: 'basis' },
              ]}
            />
          </>
        )}
      </Drawer>
      <ItemDrawer item={editing} onClose={() => setEditing(null)} />
      {toggling && (
        <DecisionDialog
          open
          name="item-active"
          title={t(toggling.active ? 'inspectionRegistry.deactivateTitle' : 'inspectionRegistry.reactivateTitle', { name: toggling.name })}
          reasonLabel={t('inspectionRegistry.reasonLabel')}
          reasonMaxLength={500}
          choices={[
            {
              key: 'confirm',
              label: t(toggling.active ? 'inspectionRegistry.deactivate' : 'inspectionRegistry.reactivate'),
              primary: true,
              danger: toggling.active,
              reasonRequired: t('inspectionRegistry.reasonRequired'),
              done: t(toggling.active ? 'inspectionRegistry.deactivated' : 'inspectionRegistry.reactivated'),
            },
          ]}
          send={(_, { reason }) =>
            call(toggling.active ? endpoints.deactivateInspectionItem : endpoints.reactivateInspectionItem, { params: { id: toggling.id }, body: { version: toggling.version, reason } })
          }
          onClose={() => setToggling(null)}
          onDone={() => {
            setToggling(null);
            void list.refetch();
          }}
        />
      )}
    </>
  );
}

/** Adds or edits an item: code (fixed once saved), name, legal basis and the ordered checklist lines. */
function ItemDrawer({ item, onClose }: { item: InspectionItem | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ItemForm>();
  const existing = item && item !== 'new' ? item : null;
  const save = useFormMutation({
    form,
    mutationFn: (values: ItemForm) => {
      const checklist = values.checklist.map((l) => ({ key: l.key, label: l.label, ...(l.basis?.trim() ? { basis: l.basis } : {}) }));
      return existing
        ? call(endpoints.updateInspectionItem, { params: { id: existing.id }, body: { version: existing.version, name: values.name, legalBasis: values.legalBasis, checklist } })
        : call(endpoints.createInspectionItem, { body: { code: values.code, name: values.name, legalBasis: values.legalBasis, checklist } });
    },
    success: t('inspectionRegistry.item.saved'),
    invalidate: [['inspection-items']],
    onSuccess: onClose,
  });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field }) }];
  return (
    <Drawer
      open={item !== null}
      title={t(existing ? 'inspectionRegistry.item.editTitle' : 'inspectionRegistry.item.addTitle')}
      onClose={onClose}
      size="large"
      destroyOnHidden
      extra={
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() =>
            void form.validateFields().then(
              (values) => save.mutate(values),
              () => undefined,
            )
          }
        >
          {t('common.save')}
        </Button>
      }
    >
      {save.error != null && <ErrorAlert error={save.error} details={save.unplaced} />}
      <Form
        form={form}
        name="inspection-item"
        layout="vertical"
        preserve={false}
        initialValues={existing ? { ...existing, checklist: existing.checklist.map((l) => ({ ...l })) } : { checklist: [{ key: '1', label: '' }] }}
      >
        <Form.Item label={t('inspectionRegistry.item.code')} name="code" extra={t('inspectionRegistry.item.codeHint')} rules={required(t('inspectionRegistry.item.code'))}>
          <Input disabled={existing !== null} maxLength={30} />
        </Form.Item>
        <Form.Item label={t('inspectionRegistry.item.name')} name="name" rules={required(t('inspectionRegistry.item.name'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('inspectionRegistry.item.legalBasis')} name="legalBasis" rules={required(t('inspectionRegistry.item.legalBasis'))}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label={t('inspectionRegistry.item.checklist')} name="checklist" extra={t('inspectionRegistry.item.checklistHint')}>
          <Form.List name="checklist">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
                    <Form.Item name={[field.name, 'key']} rules={required(t('inspectionRegistry.item.lineKey'))} style={{ width: 110, marginBottom: 0 }}>
                      <Input aria-label={t('inspectionRegistry.item.lineKey')} placeholder={t('inspectionRegistry.item.lineKey')} maxLength={40} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'label']} rules={required(t('inspectionRegistry.item.lineLabel'))} style={{ width: 300, marginBottom: 0 }}>
                      <Input.TextArea aria-label={t('inspectionRegistry.item.lineLabel')} placeholder={t('inspectionRegistry.item.lineLabel')} autoSize maxLength={300} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'basis']} style={{ width: 200, marginBottom: 0 }}>
                      <Input aria-label={t('inspectionRegistry.item.lineBasis')} placeholder={t('inspectionRegistry.item.lineBasis')} maxLength={300} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)} disabled={fields.length <= 1}>
                      {t('inspectionRegistry.item.removeLine')}
                    </Button>
                  </Space>
                ))}
                <Button type="dashed" disabled={fields.length >= 60} onClick={() => add({ key: String(fields.length + 1), label: '' })}>
                  {t('inspectionRegistry.item.addLine')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Drawer>
  );
}
