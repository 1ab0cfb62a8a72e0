/**
 * Sealing contact phones stored in clear (start-up), and an organization's audited view:
 * the organizations module's entry, all that code outside the module may import of it (ARCHITECTURE.md, "Module boundaries").
 */
export { organizationAuditView, sealContactPhones } from './contact-phone.ts';
