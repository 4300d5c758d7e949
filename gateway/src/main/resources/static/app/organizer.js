// Organizer pages: the events someone organizes (admins: every event), the event editor, publishing, cloning and
// cancelling behind a confirmation dialog, and the attendee list with its CSV export.
import { api, csvDownload } from './api.js';

const STATUSES = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'];
const CLONE_SHIFTS = [['P7D', 'one week later'], ['P1M', 'one month later'], ['P1Y', 'one year later']];
const ATTENDEES_PAGE_SIZE = 25;
/** An event chooses at most this many reminder lead times (event-service's ReminderLeads). */
const REMINDERS_AT_MOST = 3;
const SECONDS_PER = { minutes: 60, hours: 3600, days: 86400 };
/** The attendee API's largest page: the export holds at most this many seats of the current search. */
const ATTENDEES_EXPORT_SIZE = 1000;

export function organizerPages() {
    return {
        eventList: { items: [], page: {} },
        eventListFilter: { q: '', status: '', page: 0 },
        editor: null,
        pendingAction: null, // { kind: 'publish' | 'clone' | 'cancel' | 'delete', event }
        cloneForm: { title: '', shiftBy: 'P7D' },
        cancelForm: { reason: '' },
        managed: null, // the event whose attendees, scanner or analytics page is open
        attendeeList: { items: [], page: {} },
        attendeeFilter: { q: '', page: 0 },
        attendeeCsv: null,

        // --- my events (and an admin's every event) -----------------------------------------------------------

        isEventList() { return this.is('organizer-events') || this.is('admin-events'); },
        eventListTitle() { return this.is('admin-events') ? 'All events' : 'My events'; },
        eventStatuses() { return STATUSES; },

        async loadEventList() {
            const params = new URLSearchParams({ size: '20', page: String(this.eventListFilter.page), sort: 'startsAt' });
            // an admin's plain search lists every organizer's events in every status; mine=true only one's own
            if (this.is('organizer-events')) params.set('mine', 'true');
            if (this.eventListFilter.q.trim()) params.set('q', this.eventListFilter.q.trim());
            params.set('status', this.eventListFilter.status || STATUSES.join(','));
            this.eventList = await api.get(`/api/v1/events?${params}`, { fresh: true });
        },
        filterEventList() { this.eventListFilter.page = 0; this.guard(() => this.loadEventList()); },
        eventListEmpty() { return !this.loading && this.eventList.items.length === 0; },
        eventListHasPrevious() { return this.eventListFilter.page > 0; },
        eventListHasNext() { return this.eventListFilter.page + 1 < (this.eventList.page?.totalPages ?? 0); },
        eventListPrevious() { this.eventListFilter.page--; this.guard(() => this.loadEventList()); },
        eventListNext() { this.eventListFilter.page++; this.guard(() => this.loadEventList()); },

        editorPath(event) { return event ? `/organizer/events/${event.id}` : null; },
        attendeesPath(event) { return event ? `/organizer/events/${event.id}/attendees` : null; },
        scannerPath(event) { return event ? `/organizer/events/${event.id}/scan` : null; },
        analyticsPath(event) { return event ? `/organizer/events/${event.id}/analytics` : null; },
        /** The event whose editor, attendees, scanner or analytics page is open (none for a new one). */
        eventInHand() { return this.is('event-editor') ? this.editor?.saved ?? null : this.managed; },
        isManagingEvent() {
            return ['event-editor', 'attendees', 'scanner', 'analytics'].includes(this.route.name) && this.eventInHand() !== null;
        },
        currentPage(name) { return this.is(name) ? 'page' : null; },
        isDraft(event) { return event?.status === 'DRAFT'; },
        isPublished(event) { return event?.status === 'PUBLISHED'; },
        // a draft nobody could buy is deleted; a published event is cancelled, so that its buyers hear of it
        isCancellable(event) { return event?.status === 'PUBLISHED'; },

        // --- publish, clone, cancel: each behind a dialog ------------------------------------------------------

        askPublish(event) { this.openDialog('publish', event); },
        askClone(event) {
            this.cloneForm = { title: `${event.title} (copy)`, shiftBy: 'P7D' };
            this.openDialog('clone', event);
        },
        askCancelEvent(event) {
            this.cancelForm = { reason: '' };
            this.openDialog('cancel', event);
        },
        askDelete(event) { this.openDialog('delete', event); },
        openDialog(kind, event) {
            this.pendingAction = { kind, event };
            document.getElementById('event-dialog').showModal();
        },
        closeDialog() {
            const dialog = document.getElementById('event-dialog');
            if (dialog.open) dialog.close();
            this.pendingAction = null;
        },
        dialogIs(kind) { return this.pendingAction?.kind === kind; },
        dialogHeading() {
            const title = this.pendingAction?.event.title ?? '';
            return {
                publish: `Publish “${title}”?`, clone: `Clone “${title}”`, cancel: `Cancel “${title}”?`,
                delete: `Delete the draft “${title}”?`,
            }[this.pendingAction?.kind] ?? '';
        },
        cloneShifts() { return CLONE_SHIFTS.map(([value, label]) => ({ value, label })); },

        async confirmDialog() {
            const { kind, event } = this.pendingAction ?? {};
            if (!kind) return;
            this.closeDialog();
            const changed = await this.guard(async () => {
                if (kind === 'publish') return api.post(`/api/v1/events/${event.id}/publish`, {});
                if (kind === 'delete') return api.delete(`/api/v1/events/${event.id}`).then(() => event);
                if (kind === 'cancel') {
                    return api.post(`/api/v1/events/${event.id}/cancel`, { reason: this.cancelForm.reason.trim() || null });
                }
                return api.post(`/api/v1/events/${event.id}/clone`,
                    { title: this.cloneForm.title.trim() || null, shiftBy: this.cloneForm.shiftBy });
            });
            if (!changed) return;
            if (kind === 'delete') {
                this.navigate('/organizer');
                this.banner = { kind: 'info', text: `The draft “${event.title}” is deleted.` };
                return;
            }
            if (kind === 'clone') {
                this.navigate(this.editorPath(changed));
                this.banner = { kind: 'info', text: 'The copy was saved as a draft. Check it, then publish it.' };
                return;
            }
            const text = kind === 'publish' ? `“${changed.title}” is published and on sale.` : `“${changed.title}” is cancelled.`;
            if (this.is('event-editor')) await this.guard(() => this.loadEditor(changed.id));
            else await this.guard(() => this.loadEventList());
            this.banner = { kind: 'info', text };
        },

        // --- the editor ----------------------------------------------------------------------------------------

        async loadEditor(id) {
            this.editor = null;
            if (id === 'new') {
                this.editor = newEvent();
                return;
            }
            const { data, etag } = await api.get(`/api/v1/events/${id}`, { as: 'tagged', fresh: true });
            this.editor = editableEvent(data, etag);
        },

        editorTitle() {
            if (!this.editor) return '';
            return this.editor.id ? `Edit “${this.editor.saved.title}”` : 'New event';
        },
        editorIsNew() { return this.editor !== null && this.editor.id === null; },
        editorEvent() { return this.editor?.saved ?? null; },
        editorStatus() { return this.editor?.saved?.status ?? ''; },
        timeZones() {
            const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
            return zones.includes(this.editor?.timeZone) || !this.editor ? zones : [this.editor.timeZone, ...zones];
        },
        addSession() { this.editor.sessions.push(blankSession(this.editor.sessions.length + 1)); },
        removeSession(index) { this.editor.sessions.splice(index, 1); },
        addTicketType() { this.editor.ticketTypes.push(blankTicketType()); },
        removeTicketType(index) { this.editor.ticketTypes.splice(index, 1); },
        hasSeveral(list) { return list.length > 1; },
        remindersChosen() { return this.editor?.reminderMode === 'custom'; },
        reminderLabel(index) { return `Reminder ${index + 1}: how long before`; },
        itemError(list, index, field) { return this.fieldErrors[`${list}[${index}].${field}`] ?? ''; },
        itemInvalid(list, index, field) { return this.itemError(list, index, field) ? 'true' : null; },
        priceError(index) {
            return this.itemError('ticketTypes', index, 'price.amount') || this.itemError('ticketTypes', index, 'price.currency')
                || this.itemError('ticketTypes', index, 'price');
        },
        priceInvalid(index) { return this.priceError(index) ? 'true' : null; },

        async saveEvent() {
            const editor = this.editor;
            if (editor.reminderMode === 'custom' && chosenReminderLeads(editor).length === 0) {
                this.fieldErrors = { reminderLeads: 'Give at least one time before the session, or choose no reminders.' };
                this.banner = { kind: 'error', text: 'Please correct the highlighted fields.' };
                return;
            }
            const body = requestOf(editor);
            const saved = await this.guard(() => (editor.id
                ? api.put(`/api/v1/events/${editor.id}`, body, { as: 'tagged', headers: { 'If-Match': editor.etag } })
                : api.post('/api/v1/events', body, { as: 'tagged' })));
            if (!saved) return;
            if (!editor.id) {
                window.history.replaceState({}, '', this.editorPath(saved.data));
                this.route = { ...this.route, id: saved.data.id, path: this.editorPath(saved.data) };
            }
            this.editor = editableEvent(saved.data, saved.etag);
            this.banner = { kind: 'info', text: editor.id ? 'Your changes are saved.' : 'The event is saved as a draft.' };
        },

        // --- attendees -----------------------------------------------------------------------------------------

        async loadManaged(id) {
            if (this.managed?.id !== id) this.managed = null;
            this.managed = await api.get(`/api/v1/events/${id}`, { fresh: true });
        },
        managedTitle() { return this.managed?.title ?? ''; },

        async loadAttendees(id) {
            this.attendeeCsv = null;
            await this.loadManaged(id);
            await this.loadAttendeePage();
        },
        async loadAttendeePage() {
            const params = this.attendeeParams(this.attendeeFilter.page, ATTENDEES_PAGE_SIZE);
            this.attendeeList = await api.get(`/api/v1/events/${this.managed.id}/attendees?${params}`);
        },
        attendeeParams(page, size) {
            const params = new URLSearchParams({ page: String(page), size: String(size) });
            if (this.attendeeFilter.q.trim()) params.set('q', this.attendeeFilter.q.trim());
            return params;
        },
        searchAttendees() {
            this.attendeeFilter.page = 0;
            this.attendeeCsv = null;
            this.guard(() => this.loadAttendeePage());
        },
        attendeesEmpty() { return !this.loading && this.attendeeList.items.length === 0; },
        attendeesHasPrevious() { return this.attendeeFilter.page > 0; },
        attendeesHasNext() { return this.attendeeFilter.page + 1 < (this.attendeeList.page?.totalPages ?? 0); },
        attendeesPrevious() { this.attendeeFilter.page--; this.guard(() => this.loadAttendeePage()); },
        attendeesNext() { this.attendeeFilter.page++; this.guard(() => this.loadAttendeePage()); },
        attendeeCount() {
            const total = this.attendeeList.page?.totalElements ?? 0;
            return total === 1 ? '1 seat' : `${total} seats`;
        },
        checkedInText(attendee) { return attendee.checkedInAt ? this.when(attendee.checkedInAt) : '—'; },

        async exportAttendees() {
            await this.guard(async () => {
                const params = this.attendeeParams(0, ATTENDEES_EXPORT_SIZE);
                this.attendeeCsv = await csvDownload(`/api/v1/events/${this.managed.id}/attendees?${params}`,
                    `attendees-${this.managed.id}.csv`);
                this.objectUrls.push(this.attendeeCsv.url);
            });
        },
        hasAttendeeCsv() { return this.attendeeCsv !== null; },
        attendeeCsvUrl() { return this.attendeeCsv?.url ?? null; },
        attendeeCsvName() { return this.attendeeCsv?.name ?? null; },
        attendeeCsvLabel() { return this.attendeeCsv ? `Save the CSV (${this.attendeeCsv.rows} rows)` : ''; },
    };
}

// --- the editor's model: what the form binds, and the request it becomes ------------------------------------------

function browserTimeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function blankSession(number) {
    return { id: null, name: `Day ${number}`, startsAt: '', endsAt: '' };
}

function blankTicketType() {
    return { id: null, name: 'Standard', amount: '25.00', currency: 'EUR', capacity: '100', maxSeatsPerUser: '' };
}

function newEvent() {
    return {
        id: null, etag: null, saved: null, title: '', description: '', venue: '', timeZone: browserTimeZone(),
        ...editableReminders(null), ...editableBookingTerms(null, null),
        sessions: [blankSession(1)], ticketTypes: [blankTicketType()],
    };
}

function editableEvent(event, etag) {
    return {
        id: event.id, etag, saved: event,
        title: event.title ?? '', description: event.description ?? '', venue: event.venue ?? '', timeZone: event.timeZone,
        ...editableReminders(event.reminderLeads),
        ...editableBookingTerms(event.cancellationCutoff, event.waitlistOfferLifetime),
        sessions: event.sessions.map((session) => ({
            id: session.id, name: session.name,
            startsAt: wallTime(session.startsAt, event.timeZone), endsAt: wallTime(session.endsAt, event.timeZone),
        })),
        ticketTypes: event.ticketTypes.map((type) => ({
            id: type.id, name: type.name, amount: type.price?.amount ?? '', currency: type.price?.currency ?? '',
            capacity: String(type.capacity ?? ''), maxSeatsPerUser: type.maxSeatsPerUser == null ? '' : String(type.maxSeatsPerUser),
        })),
    };
}

/** What the API checks is left to the API: its messages are shown next to the fields they name. */
function requestOf(editor) {
    return {
        title: editor.title.trim(),
        description: editor.description.trim() || null,
        venue: editor.venue.trim() || null,
        timeZone: editor.timeZone,
        reminderLeads: reminderLeadsOf(editor),
        cancellationCutoff: durationOf(editor.cancellationCutoff),
        waitlistOfferLifetime: durationOf(editor.waitlistOfferLifetime),
        sessions: editor.sessions.map((session) => ({
            id: session.id, name: session.name.trim(),
            startsAt: instantOf(session.startsAt, editor.timeZone), endsAt: instantOf(session.endsAt, editor.timeZone),
        })),
        ticketTypes: editor.ticketTypes.map((type) => ({
            id: type.id, name: type.name.trim(),
            price: { amount: String(type.amount).trim(), currency: String(type.currency).trim().toUpperCase() },
            capacity: wholeNumberOrNull(type.capacity), maxSeatsPerUser: wholeNumberOrNull(type.maxSeatsPerUser),
        })),
    };
}

// Reminder lead times: null leaves them to notification-service's default, [] sends none, else up to three ISO-8601
// durations. The editor shows them as a choice of those three, and the chosen ones as a number and a unit each.

function editableReminders(leads) {
    const rows = (leads ?? []).map(reminderRow).slice(0, REMINDERS_AT_MOST);
    // offered when the organizer first chooses their own: the usual day before and two hours before
    const suggested = rows.length === 0 ? [{ amount: '1', unit: 'days' }, { amount: '2', unit: 'hours' }] : [];
    const filled = rows.length ? rows : suggested;
    while (filled.length < REMINDERS_AT_MOST) filled.push({ amount: '', unit: 'hours' });
    return { reminderMode: leads == null ? 'default' : (leads.length === 0 ? 'none' : 'custom'), reminders: filled };
}

/** A duration as the API writes it (PT24H, PT30M, PT336H; P2D from elsewhere) in the largest whole unit. */
function reminderRow(lead) {
    const parts = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(lead));
    if (!parts) return { amount: '', unit: 'hours' };
    const [, days = 0, hours = 0, minutes = 0, seconds = 0] = parts;
    const total = Number(days) * SECONDS_PER.days + Number(hours) * SECONDS_PER.hours + Number(minutes) * SECONDS_PER.minutes
        + Number(seconds);
    const unit = ['days', 'hours'].find((candidate) => total % SECONDS_PER[candidate] === 0) ?? 'minutes';
    return { amount: String(total / SECONDS_PER[unit]), unit };
}

function reminderLeadsOf(editor) {
    if (editor.reminderMode === 'default') return null;
    return editor.reminderMode === 'none' ? [] : chosenReminderLeads(editor);
}

/** The filled-in rows as ISO-8601 durations; the API judges their range and whether two are the same. */
function chosenReminderLeads(editor) {
    return editor.reminders.map(durationOf).filter((lead) => lead !== null);
}

/** A number and a unit as an ISO-8601 duration; null when no number was given. */
function durationOf(row) {
    const amount = String(row.amount ?? '').trim();
    if (amount === '') return null;
    return row.unit === 'days' ? `P${amount}D` : `PT${amount}${row.unit === 'hours' ? 'H' : 'M'}`;
}

// Booking terms (booking-service applies them): each an ISO-8601 duration, or null for booking's default (cancellation
// until the session starts; waiting-list offers held 30 minutes). Edited like a reminder: a number and a unit, left
// empty for the default. A PUT carries the whole event, so what was read is sent back unless changed.

function editableBookingTerms(cancellationCutoff, waitlistOfferLifetime) {
    return {
        cancellationCutoff: cancellationCutoff == null ? { amount: '', unit: 'hours' } : reminderRow(cancellationCutoff),
        waitlistOfferLifetime: waitlistOfferLifetime == null ? { amount: '', unit: 'minutes' } : reminderRow(waitlistOfferLifetime),
    };
}

function wholeNumberOrNull(value) {
    const text = String(value ?? '').trim();
    return text === '' || !/^-?\d+$/.test(text) ? null : Number(text);
}

// Sessions are edited as wall-clock times of the event's own time zone (a datetime-local input), whatever zone the
// browser is in; the API takes instants with an offset.

/** An instant as 'YYYY-MM-DDTHH:mm' on the clocks of the zone. */
export function wallTime(instant, zone) {
    if (!instant) return '';
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
        timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The instant (ISO-8601, UTC) at which the zone's clocks show the wall time; null when there is none. */
export function instantOf(wall, zone) {
    const asUtc = Date.parse(`${wall}:00Z`);
    if (!wall || Number.isNaN(asUtc)) return null;
    let guess = asUtc;
    // twice: the second pass settles a guess that crossed a daylight-saving change
    for (let pass = 0; pass < 2; pass++) {
        guess -= Date.parse(`${wallTime(guess, zone)}:00Z`) - asUtc;
    }
    return new Date(guess).toISOString();
}
