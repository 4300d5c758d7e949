// Administration: accounts (search, roles, disabling), the audit log, the mail delivery log with resending. The list
// of every event is the organizer's event list without "mine" (organizer.js).
import { api, csvDownload } from './api.js';
import { languageName } from './attendee.js';

const GRANTABLE_ROLES = ['ORGANIZER', 'ADMIN'];
// notification-service's mail kinds (the delivery log's `kind` filter in docs/openapi/notification.json)
const MAIL_KINDS = ['WELCOME', 'BOOKING_CONFIRMATION', 'BOOKING_CHANGED', 'BOOKING_CANCELLED', 'EVENT_CHANGED',
    'EVENT_CANCELLED', 'SESSION_REMINDER', 'WAITLIST_OFFER', 'WAITLIST_OFFER_EXPIRED', 'TICKET_RECEIVED',
    'TICKET_GIVEN', 'TICKET_RETURNED', 'PASSWORD_RESET', 'WEBHOOK_DISABLED'];
const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED'];
const PAGE_SIZE = 20;

export function adminPages() {
    return {
        users: { items: [], page: {} },
        userFilter: { q: '', role: '', page: 0 },
        auditLog: { items: [], page: {} },
        auditFilter: { email: '', action: '', outcome: '', page: 0 },
        auditCsv: null,
        mails: { items: [], page: {} },
        mailFilter: { recipient: '', kind: '', status: '', page: 0 },

        // --- users ---------------------------------------------------------------------------------------------

        grantableRoles() { return GRANTABLE_ROLES; },

        async loadUsers() {
            const params = pageParams(this.userFilter.page);
            if (this.userFilter.q.trim()) params.set('q', this.userFilter.q.trim());
            if (this.userFilter.role) params.set('role', this.userFilter.role);
            const found = await api.get(`/api/v1/users?${params}`);
            // each row edits a copy: nothing changes until its Save
            this.users = { ...found, items: found.items.map((user) => ({ ...user, draftRoles: [...user.roles], draftEnabled: user.enabled })) };
        },
        searchUsers() { this.userFilter.page = 0; this.guard(() => this.loadUsers()); },
        usersEmpty() { return !this.loading && this.users.items.length === 0; },
        usersHasPrevious() { return this.userFilter.page > 0; },
        usersHasNext() { return hasNext(this.userFilter.page, this.users); },
        usersPrevious() { this.userFilter.page--; this.guard(() => this.loadUsers()); },
        usersNext() { this.userFilter.page++; this.guard(() => this.loadUsers()); },
        rolesText(user) { return user.roles.join(', '); },
        languageText(user) { return languageName(user.language); },
        accountText(user) { return user.enabled ? 'active' : 'disabled'; },
        accountClass(user) { return user.enabled ? 'status status-valid' : 'status status-cancelled'; },
        roleLabel(user, role) { return `${role.charAt(0)}${role.slice(1).toLowerCase()}: ${user.email}`; },
        enabledLabel(user) { return `Enabled: ${user.email}`; },
        saveLabel(user) { return `Save ${user.email}`; },
        userRowId(user) { return `user-${user.id}`; },

        async saveUser(user) {
            const roles = ['USER', ...user.draftRoles.filter((role) => role !== 'USER')];
            const saved = await this.guard(() => api.patch(`/api/v1/users/${user.id}`, { roles, enabled: user.draftEnabled }));
            if (!saved) return;
            Object.assign(user, saved, { draftRoles: [...saved.roles], draftEnabled: saved.enabled });
            this.banner = { kind: 'info', text: `${saved.email} now has the roles ${saved.roles.join(', ')} and is ${saved.enabled ? 'active' : 'disabled'}.` };
        },

        // --- audit log -----------------------------------------------------------------------------------------

        async loadAuditLog() {
            this.auditCsv = null;
            this.auditLog = await api.get(`/api/v1/admin/audit-log?${this.auditParams(this.auditFilter.page)}`);
        },
        auditParams(page) {
            const params = pageParams(page);
            if (this.auditFilter.email.trim()) params.set('email', this.auditFilter.email.trim());
            if (this.auditFilter.action.trim()) params.set('action', this.auditFilter.action.trim().toUpperCase());
            if (this.auditFilter.outcome) params.set('outcome', this.auditFilter.outcome);
            return params;
        },
        searchAuditLog() { this.auditFilter.page = 0; this.guard(() => this.loadAuditLog()); },
        auditEmpty() { return !this.loading && this.auditLog.items.length === 0; },
        auditHasPrevious() { return this.auditFilter.page > 0; },
        auditHasNext() { return hasNext(this.auditFilter.page, this.auditLog); },
        auditPrevious() { this.auditFilter.page--; this.guard(() => this.loadAuditLog()); },
        auditNext() { this.auditFilter.page++; this.guard(() => this.loadAuditLog()); },
        outcomeClass(entry) { return entry.outcome === 'SUCCESS' ? 'status status-valid' : 'status status-error'; },

        async exportAuditLog() {
            await this.guard(async () => {
                this.auditCsv = await csvDownload(`/api/v1/admin/audit-log?${this.auditParams(this.auditFilter.page)}`,
                    `audit-log-page-${this.auditFilter.page + 1}.csv`);
                this.objectUrls.push(this.auditCsv.url);
            });
        },
        hasAuditCsv() { return this.auditCsv !== null; },
        auditCsvUrl() { return this.auditCsv?.url ?? null; },
        auditCsvName() { return this.auditCsv?.name ?? null; },
        auditCsvLabel() { return this.auditCsv ? `Save the CSV (${this.auditCsv.rows} rows)` : ''; },

        // --- mail delivery log ---------------------------------------------------------------------------------

        mailKinds() { return MAIL_KINDS; },
        mailStatuses() { return MAIL_STATUSES; },

        async loadMails() {
            const params = pageParams(this.mailFilter.page);
            if (this.mailFilter.recipient.trim()) params.set('recipient', this.mailFilter.recipient.trim());
            if (this.mailFilter.kind) params.set('kind', this.mailFilter.kind);
            if (this.mailFilter.status) params.set('status', this.mailFilter.status);
            this.mails = await api.get(`/api/v1/admin/notifications?${params}`);
        },
        searchMails() { this.mailFilter.page = 0; this.guard(() => this.loadMails()); },
        mailsEmpty() { return !this.loading && this.mails.items.length === 0; },
        mailsHasPrevious() { return this.mailFilter.page > 0; },
        mailsHasNext() { return hasNext(this.mailFilter.page, this.mails); },
        mailsPrevious() { this.mailFilter.page--; this.guard(() => this.loadMails()); },
        mailsNext() { this.mailFilter.page++; this.guard(() => this.loadMails()); },
        mailStatusClass(mail) { return `status status-${mail.status === 'FAILED' ? 'error' : mail.status.toLowerCase()}`; },
        resendLabel(mail) { return `Resend “${mail.subject ?? mail.kind}” to ${mail.recipient}`; },

        async resendMail(mail) {
            const queued = await this.guard(() => api.post(`/api/v1/admin/notifications/${mail.id}/resend`, {}));
            if (!queued) return;
            await this.guard(() => this.loadMails());
            this.banner = { kind: 'info', text: `The mail to ${queued.recipient} is queued to be sent again.` };
        },
    };
}

function pageParams(page) {
    return new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
}

function hasNext(page, list) {
    return page + 1 < (list.page?.totalPages ?? 0);
}
