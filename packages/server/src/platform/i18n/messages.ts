import { districtName, type Locale } from '@jiping/domain';

/**
 * User-facing server messages, by key, in both languages. Keys are stable: clients may match on
 * the problem `code`, never on this text.
 */
const MESSAGES: Record<string, Record<Locale, string>> = {
  'error.validation': { 'zh-CN': '提交的数据有误，请按提示修改后重试。', 'en-US': 'The submitted data is invalid; correct the fields shown and retry.' },
  'error.malformedJson': { 'zh-CN': '请求体不是合法的 JSON。', 'en-US': 'The request body is not valid JSON.' },
  'error.emptyBody': { 'zh-CN': '请求体为空，但该接口需要 JSON 数据。', 'en-US': 'The request body is empty but JSON is required.' },
  'error.payloadTooLarge': { 'zh-CN': '请求体过大（上限 {limit} 字节）。', 'en-US': 'The request body is too large (limit {limit} bytes).' },
  'error.unsupportedMediaType': { 'zh-CN': '不支持的内容类型，请使用 application/json。', 'en-US': 'Unsupported content type; use application/json.' },
  'error.notFound': { 'zh-CN': '未找到请求的{entity}。', 'en-US': 'The requested {entity} was not found.' },
  'error.routeNotFound': { 'zh-CN': '接口不存在：{method} {url}', 'en-US': 'No such endpoint: {method} {url}' },
  'error.staleVersion': {
    'zh-CN': '数据已被他人修改，请刷新后重试。',
    'en-US': 'Someone else changed this record; reload and try again.',
  },
  'error.internal': { 'zh-CN': '服务器内部错误，请联系管理员并提供请求编号 {requestId}。', 'en-US': 'Internal server error; report request id {requestId}.' },
  'error.invalidCursor': { 'zh-CN': '分页游标无效，请从第一页重新查询。', 'en-US': 'Invalid page cursor; start again from the first page.' },
  'error.crossOrigin': { 'zh-CN': '拒绝来自其他站点的修改请求。', 'en-US': 'Cross-site modification requests are refused.' },
  'error.tooManyRequests': { 'zh-CN': '请求过于频繁，请稍后再试。', 'en-US': 'Too many requests; try again later.' },
  'auth.required': { 'zh-CN': '请先登录。', 'en-US': 'Please sign in first.' },
  'auth.sessionExpired': { 'zh-CN': '登录已过期或无效，请重新登录。', 'en-US': 'Your session has expired or is invalid; sign in again.' },
  'auth.invalidCredentials': { 'zh-CN': '用户名或密码错误。', 'en-US': 'Incorrect username or password.' },
  'auth.locked': {
    'zh-CN': '连续输错密码次数过多，账号已锁定，请于 {until} 后再试。',
    'en-US': 'Too many wrong passwords; the account is locked until {until}.',
  },
  'auth.disabled': { 'zh-CN': '用户名或密码错误。', 'en-US': 'Incorrect username or password.' },
  'policy.district.outOfScope': {
    'zh-CN': '超出管辖范围：您无权访问{districtName}（{district}）的数据，只能访问本辖区的数据。',
    'en-US': 'Out of your jurisdiction: you may not access data of {districtName} ({district}), only of your own district.',
  },
  'policy.institution.noScope': { 'zh-CN': '您的角色无权查看评价机构。', 'en-US': 'Your role may not view evaluation institutions.' },
  'policy.institution.notYours': { 'zh-CN': '您无权访问该评价机构的数据。', 'en-US': 'You may not access this institution.' },
  'policy.audit.cityOnly': { 'zh-CN': '只有市级管理员可以查看和核验审计日志。', 'en-US': 'Only municipal administrators may read or verify the audit trail.' },
  'policy.user.cityOnly': { 'zh-CN': '只有市级管理员可以管理账号。', 'en-US': 'Only municipal administrators may manage accounts.' },
  'entity.institution': { 'zh-CN': '评价机构', 'en-US': 'institution' },
  'entity.district': { 'zh-CN': '区', 'en-US': 'district' },
  'entity.user': { 'zh-CN': '用户', 'en-US': 'user' },
  'audit.ok': { 'zh-CN': '审计链完整：共核验 {checked} 条记录。', 'en-US': 'Audit chain intact: {checked} events verified.' },
  'audit.hash_mismatch': {
    'zh-CN': '第 {seq} 条审计记录的内容与其哈希不符（记录被修改）。',
    'en-US': 'Audit event #{seq} does not match its hash (the row was edited).',
  },
  'audit.prev_hash_mismatch': {
    'zh-CN': '第 {seq} 条审计记录与前一条记录的链接断开（前序记录被修改或删除）。',
    'en-US': 'Audit event #{seq} no longer links to its predecessor (a previous row was edited or deleted).',
  },
  'audit.missing_rows': {
    'zh-CN': '第 {seq} 条审计记录之前缺少记录（记录被删除）。',
    'en-US': 'Audit events before #{seq} are missing (rows were deleted).',
  },
};

export function translate(key: string, locale: Locale, params: Record<string, string> = {}): string {
  const entry = MESSAGES[key];
  if (!entry) return key;
  const values: Record<string, string> = { ...params };
  // District codes read better with their names; policies pass only the code.
  if (params.district && !params.districtName) values.districtName = districtName(params.district, locale);
  if (params.entity && MESSAGES[`entity.${params.entity}`]) values.entity = MESSAGES[`entity.${params.entity}`]![locale];
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}
