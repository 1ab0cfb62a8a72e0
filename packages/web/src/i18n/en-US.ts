import type { Messages } from './zh-CN.ts';

const enUS: Messages = {
  brand: { name: 'Jiping', subtitle: 'Shanghai Vocational Skill Level Certification', footer: 'Guided by the Shanghai Municipal Human Resources and Social Security Bureau', title: 'Jiping · Shanghai Vocational Skill Level Certification' },
  language: { notSaved: 'The language changed, but it could not be saved to your account: {{reason}}', zhCN: '中文', enUS: 'English' },
  common: {
    login: 'Sign in', logout: 'Sign out', menu: 'Menu', switchLanguage: '中文', loading: 'Loading…', loadMore: 'Load more', search: 'Search', reset: 'Reset',
    back: 'Back', retry: 'Retry', save: 'Save', cancel: 'Cancel', confirm: 'OK', submit: 'Submit', all: 'All', none: 'None', yes: 'Yes', no: 'No',
    errorTitle: 'Could not load', errorHint: 'Check your network and retry; if it keeps failing, give the request id to an administrator.', exportCsv: 'Export CSV', detail: 'Details', actions: 'Actions',
  },
  workspace: { government: 'Government workspace', institution: 'Institution workspace', examiner: 'Examiner workspace', candidate: 'My account', switch: 'Switch workspace' },
  menu: { plans: 'Evaluation plans', dashboard: 'Dashboard', filings: 'Filings', institutions: 'Institutions', catalogue: 'Catalogue', audit: 'Audit trail', users: 'Accounts', profile: 'Settings' },
  forbidden: { title: 'Access denied', text: 'Your account may not open this page.', back: 'Back to my workspace' },
  notFound: { title: 'Page not found', back: 'Home' },
  portal: {
    home: 'Home', services: 'Public services', comingLater: 'Coming later', open: 'Open',
    certificate: 'Certificate check', directory: 'Institution directory', publicity: 'Result publicity and objections', inspections: 'Inspection results', assessments: 'Assessment results',
    draws: 'Random draw verification', complaints: 'Complaints', notices: 'Notices', occupations: 'Occupations catalogue', districts: 'Districts',
    districtCode: 'Code (GB/T 2260)', occupationsIntro: 'Occupations (work types) and levels open to certification, maintained by the municipal bureau.', unverified: 'To verify',
    register: 'Register an institution', loginHint: 'Officials, institutions, examiners and candidates sign in to work.',
  },
  level: { 5: 'Level 5', 4: 'Level 4', 3: 'Level 3', 2: 'Level 2', 1: 'Level 1' },
  login: { title: 'Sign in to Jiping', username: 'Username', password: 'Password', submit: 'Sign in', required: 'Enter {{field}}' },
  dashboard: { greeting: 'Hello, {{name}}', grants: 'My roles and scope', role: 'Role', district: 'District', institution: 'Institution', occupations: 'Occupations', institutionsInScope: 'Institutions in my scope', notifications: 'Notifications', noNotifications: 'No notifications' },
  institutions: {
    title: 'Institutions', district: 'District', category: 'Category', name: 'Institution name', organization: 'Legal person', creditCode: 'Credit code',
    empty: 'No institutions', emptyFiltered: 'No institutions match: change the filters', refusedHint: 'Pick a district in your scope, or click "Reset" to see all of them.', kind: 'Legal-person kind', address: 'Address', legalRepresentative: 'Legal representative', createdAt: 'Registered on',
  },
  audit: { title: 'Audit trail', verify: 'Verify the chain', ok: 'Audit chain intact: {{checked}} events verified', broken: 'Audit chain broken', seq: 'No.', at: 'Time', actor: 'Actor', action: 'Action', entityType: 'Entity', entityId: 'Entity id', requestId: 'Request id', filterAction: 'Action', filterEntityType: 'Entity', actionPlaceholder: 'e.g. auth.login', entityTypePlaceholder: 'e.g. user', verifyFailed: 'The check could not be completed' },
  users: { title: 'Accounts', username: 'Username', displayName: 'Name', roles: 'Roles and scope', status: 'Status', lockedUntil: 'Locked until', lastLogin: 'Last sign-in', active: 'Active', disabled: 'Disabled', search: 'Username or name', empty: 'No accounts match', locked: 'Locked' },
  profile: { title: 'Settings', language: 'Language', followBrowser: 'Follow the browser', saved: 'Saved', account: 'Account', roles: 'Roles' },
  status: { draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Filed', rejected: 'Rejected', suspended: 'Suspended', expired: 'Expired', terminated: 'Terminated', superseded: 'Withdrawn' },
  planStatus: { draft: 'Draft', filed: 'Filed', returned: 'Returned', acknowledged: 'Acknowledged', cancelled: 'Cancelled', closed: 'Closed' },
  plans: {
    new: 'New evaluation plan', empty: 'No plans yet: click "New evaluation plan" to start', examDates: 'Exam dates', examStart: 'Exam starts', examEnd: 'Exam ends', expected: 'Expected candidates',
    supervisors: 'Supervisors (internal/external)', internalSupervisor: 'Internal quality supervisor', externalSupervisor: 'Dispatch an external supervisor (optional)',
    file: 'File', acknowledge: 'Acknowledge', return: 'Return', cancel: 'Cancel plan', close: 'Close',
  },
  filingKind: { initial: 'Initial', amendment: 'Amendment', renewal: 'Renewal' },
  filings: {
    title: 'Filings', queue: 'Review queue', mine: 'Our filings', newFiling: 'Apply for filing', newAmendment: 'Apply for amendment', newRenewal: 'Apply for renewal', empty: 'No filings',
    emptyInstitution: 'Not filed yet: click "Apply for filing" to start', number: 'Filing no.', validity: 'Validity', submittedAt: 'Submitted', kind: 'Kind', status: 'Status', institution: 'Institution', district: 'District',
    scope: 'Scope', occupation: 'Occupation', workType: 'Work type', wholeOccupation: '(all work types)', level: 'Level', withdrawnTag: 'Withdrawn from catalogue',
    addScope: 'Add scope', examiners: 'Examiners', supervisors: 'Internal quality supervisors', experts: 'Experts', sites: 'Sites and rooms', itemBank: 'Item bank source', itemBankNote: 'Item bank note', rules: 'Management rules',
    commitment: 'We link certificates to posts and pay (employers)', name: 'Name', certificateNo: 'Certificate no.', levels: 'Levels', jobTitle: 'Title', field: 'Field',
    siteName: 'Site name', address: 'Address', rooms: 'Rooms', roomName: 'Room name', capacity: 'Capacity', video: 'Video monitoring', add: 'Add', remove: 'Remove',
    stepScope: 'Scope', stepPeople: 'Examiners', stepSites: 'Sites', stepRules: 'Item bank and rules', stepReview: 'Review and submit', saveDraft: 'Save draft', next: 'Next', prev: 'Back', submitForReview: 'Submit for review',
    saved: 'Draft saved', submitted: 'Submitted for review', timeline: 'History', reason: 'Reason', reasonRequired: 'Give a reason', decide: 'Review',
    approve: 'Approve', return: 'Return', reject: 'Reject', suspend: 'Suspend', restore: 'Restore', terminate: 'Terminate', withdraw: 'Withdraw', edit: 'Edit', resubmit: 'Resubmit',
    institutionCode: 'Institution code (4 digits, from the bureau)', siteSequence: 'Site sequence (6 digits, from the bureau)', certificateSegments: 'Certificate number segments', diff: 'Changes', inForce: 'In force', proposed: 'Proposed',
    added: 'Added', removed: 'Removed', organization: 'Legal person', demonstration: 'Demonstration organisation', designate: 'Designate as demonstration', undesignate: 'Revoke designation',
    national: 'National bank', municipal: 'Municipal bank', self_developed: 'Self-developed (approved)', done: 'Done', notifications: 'Expiry reminders',
    attachments: 'Attachments', attachmentPurpose: 'Attachment purpose', upload: 'Upload (PDF/PNG/JPEG, ≤10 MB)', saveBeforeUpload: 'Save the draft first, then upload attachments.', noAttachments: 'No attachments',
    purpose: { business_license: 'Business licence', management_rules: 'Management rules', site_evidence: 'Site evidence', examiner_certificates: 'Examiner certificates', other: 'Other' },
  },
  catalogue: {
    title: 'Catalogue', import: 'Import', template: 'Download template', exportXlsx: 'Export Excel', exportCsv: 'Export CSV', chooseFile: 'Choose a file (.csv or .xlsx)', uploading: 'Importing…',
    importOk: 'Imported {{occupations}} occupations; withdrawn {{workTypes}} work types and {{levels}} levels', importFailed: 'Nothing imported: {{count}} errors, the catalogue is unchanged', row: 'Row', column: 'Column', message: 'Reason',
    downloadReport: 'Download error report', code: 'Code', name: 'Name', workTypes: 'Work types', levels: 'Levels', standard: 'Standard',
  },
  directory: { title: 'Institution directory', search: 'Institution name', occupation: 'Occupation or work type', district: 'District', empty: 'No filed institutions match', validUntil: 'Valid until', scope: 'Scope', demonstrationMark: 'Demonstration' },
  register: {
    title: 'Register an institution', intro: 'Once registered, a legal person files online without a government account.', organization: 'Legal person', creditCode: 'Unified social credit code', orgName: 'Name', kind: 'Kind', district: 'District of registration',
    address: 'Address', legalRepresentative: 'Legal representative', contactName: 'Contact', contactPhone: 'Contact phone', institution: 'Institution', institutionName: 'Institution name', category: 'Category',
    admin: 'Administrator account', username: 'Username', displayName: 'Administrator name', password: 'Password (10+ characters)', submit: 'Register', done: 'Registered: sign in with the administrator account',
  },
};

export default enUS;
