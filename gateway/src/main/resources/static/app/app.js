import { api, ApiError, idempotencyKey, logIn, logOut, onSessionChange, request, restoreSession, roles, signedIn } from './api.js';
import { ADMIN_PAGES, interceptLinks, match, ORGANIZER_PAGES, PRIVATE } from './router.js';
import { organizerPages } from './organizer.js';
import { scannerPage, stopCameraStream } from './checkin.js';
import { analyticsPage, destroyCharts } from './analytics.js';
import { eventFeedback } from './feedback.js';
import { adminPages } from './admin.js';
import { claimPage } from './claim.js';
import { attendeeExtras } from './attendee.js';
import { eventBrowsing } from './browse.js';

const AVAILABILITY_REFRESH_MS = 10_000;
const TICKETS_POLL_MS = 2_000;
const TICKETS_POLL_LIMIT = 45;

/**
 * The whole UI is one Alpine component: one state, one router, one place that shows errors. The organizer's and
 * the admin's pages add their state and methods from their own modules.
 */
export function app() {
    return {
        ...attendeePages(),
        ...eventBrowsing(),
        ...attendeeExtras(),
        ...organizerPages(),
        ...scannerPage(),
        ...analyticsPage(),
        ...eventFeedback(),
        ...adminPages(),
        ...claimPage(),
    };
}

function attendeePages() {
    return {
        // until the session is restored from the cookie, no page shows: a private one would send the user to log in
        route: { name: 'starting', id: null, query: {}, path: '' },
        signedIn: signedIn(),
        roles: roles(),
        loading: false,
        banner: null, // { kind: 'error' | 'info', text }
        fieldErrors: {},
        timers: [],
        objectUrls: [],

        auth: { email: '', password: '', name: '', newPassword: '' },
        event: null,
        lines: [],
        order: { line: '', quantity: 1 },
        attempt: null, // the Idempotency-Key of the booking attempt in progress
        booking: null,
        bookingEvent: null,
        tickets: [],
        ticketsPending: false,
        edit: { quantity: 1, key: null },
        confirmingCancel: false,
        bookings: { items: [], page: {} },
        bookingFilter: { status: '', when: '' },
        eventTitles: {},
        heldTickets: [],
        pdfLinks: {},
        qrImages: {},

        async init() {
            onSessionChange((isSignedIn) => {
                this.signedIn = isSignedIn;
                this.roles = roles();
            });
            interceptLinks((path) => this.navigate(path));
            window.addEventListener('popstate', () => this.show(match(window.location.href)));
            this.loading = true;
            await restoreSession();
            this.loading = false;
            this.show(match(window.location.href));
        },

        is(name) {
            return this.route.name === name;
        },
        mayOrganize() { return this.roles.includes('ORGANIZER') || this.roles.includes('ADMIN'); },
        isAdmin() { return this.roles.includes('ADMIN'); },

        navigate(path) {
            document.querySelectorAll('details.dropdown[open]').forEach((menu) => menu.removeAttribute('open'));
            window.history.pushState({}, '', path);
            this.show(match(path));
        },

        show(route) {
            this.timers.forEach((timer) => clearInterval(timer));
            this.timers = [];
            this.objectUrls.forEach((url) => URL.revokeObjectURL(url));
            this.objectUrls = [];
            this.qrImages = {};
            this.pdfLinks = {};
            stopCameraStream();
            this.cameraOn = false;
            destroyCharts();
            this.banner = null;
            this.fieldErrors = {};
            this.cancelTransfer();
            if (PRIVATE.has(route.name) && !signedIn()) {
                window.history.replaceState({}, '', `/login?next=${encodeURIComponent(route.path)}`);
                route = match(`/login?next=${encodeURIComponent(route.path)}`);
                this.banner = { kind: 'info', text: 'Please log in first.' };
            } else if ((ORGANIZER_PAGES.includes(route.name) && !this.mayOrganize())
                || (ADMIN_PAGES.includes(route.name) && !this.isAdmin())) {
                route = { ...route, name: 'forbidden' };
            }
            this.route = route;
            window.scrollTo(0, 0);
            const load = {
                events: () => this.loadEvents(),
                event: () => this.loadEvent(route.id),
                booking: () => this.loadBooking(route.id),
                bookings: () => this.loadBookings(),
                tickets: () => this.loadHeldTickets(),
                'ticket-claim': () => this.loadClaim(route.query.token),
                profile: () => this.loadProfile(),
                'waitlist-offer': () => this.loadOffer(),
                'organizer-events': () => this.loadEventList(),
                'admin-events': () => this.loadEventList(),
                'event-editor': () => this.loadEditor(route.id),
                attendees: () => this.loadAttendees(route.id),
                scanner: () => this.loadScanner(route.id),
                analytics: () => this.loadAnalytics(route.id),
                'admin-users': () => this.loadUsers(),
                'admin-audit': () => this.loadAuditLog(),
                'admin-notifications': () => this.loadMails(),
            }[route.name];
            if (load) this.guard(load);
        },

        /** Runs an API call with the loading flag on, turning its failure into the banner and field messages. */
        async guard(action) {
            this.loading = true;
            this.banner = null;
            this.fieldErrors = {};
            try {
                return await action();
            } catch (error) {
                this.report(error);
                return undefined;
            } finally {
                this.loading = false;
            }
        },

        report(error) {
            if (!(error instanceof ApiError)) {
                console.error(error);
                this.banner = { kind: 'error', text: 'Something went wrong. Please try again.' };
                return;
            }
            this.fieldErrors = error.fieldErrors;
            let text = error.message;
            if (error.status === 429 || (error.status === 503 && error.retryAfterSeconds !== null)) {
                text = `Too many requests right now. Please try again in ${error.retryAfterSeconds ?? 'a few'} seconds.`;
            } else if (error.slug === 'sold-out') {
                text = error.problem.available !== undefined
                    ? `Sold out: only ${error.problem.available} seats are left.` : 'Sold out.';
            } else if (error.slug === 'stale-version') {
                text = 'Someone changed this event while you edited it. Reload the page to see their version, then edit again.';
            } else if (Object.keys(error.fieldErrors).length > 0) {
                text = 'Please correct the highlighted fields.';
            }
            this.banner = { kind: 'error', text };
        },

        hasBanner() { return this.banner !== null; },
        bannerText() { return this.banner?.text ?? ''; },
        bannerIsError() { return this.banner?.kind === 'error'; },
        bannerRole() { return this.banner?.kind === 'error' ? 'alert' : 'status'; },
        fieldError(field) { return this.fieldErrors[field] ?? ''; },
        invalid(field) { return field in this.fieldErrors ? 'true' : null; },

        // --- sign-in -------------------------------------------------------------------------------------------

        async submitLogin() {
            await this.guard(async () => {
                try {
                    await logIn(this.auth.email, this.auth.password);
                } catch (error) {
                    if (error instanceof ApiError && error.status === 401) {
                        throw new ApiError(401, { title: 'The e-mail or password is not right.' });
                    }
                    throw error;
                }
                this.auth.password = '';
                this.navigate(this.afterLogin());
            });
        },

        afterLogin() {
            const next = this.route.query.next;
            // only a path of this site: an open redirect would let a link send people elsewhere after signing in
            return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
        },

        async submitRegister() {
            await this.guard(async () => {
                await api.post('/api/v1/auth/register',
                    { email: this.auth.email, password: this.auth.password, name: this.auth.name }, { anonymous: true });
                await logIn(this.auth.email, this.auth.password);
                this.auth.password = '';
                this.navigate(this.afterLogin());
            });
        },

        async submitLogout() {
            await logOut();
            this.navigate('/');
        },

        async submitForgot() {
            await this.guard(async () => {
                await api.post('/api/v1/auth/password/forgot', { email: this.auth.email }, { anonymous: true });
                this.banner = { kind: 'info', text: 'If an account uses this address, a mail with a reset link is on its way.' };
            });
        },

        async submitReset() {
            await this.guard(async () => {
                await api.post('/api/v1/auth/password/reset',
                    { token: this.route.query.token ?? '', newPassword: this.auth.newPassword }, { anonymous: true });
                this.auth.newPassword = '';
                this.navigate('/login');
                this.banner = { kind: 'info', text: 'Your password was changed. Log in with the new one.' };
            });
        },

        hasResetToken() { return Boolean(this.route.query.token); },

        // --- events --------------------------------------------------------------------------------------------

        async loadEvent(id) {
            this.event = null;
            this.lines = [];
            this.attempt = null;
            this.waitlist = { entries: [], offers: [] };
            this.event = await api.get(`/api/v1/events/${id}`, { anonymous: true });
            await this.refreshAvailability();
            // the event page stands without the waiting list: a failure there only hides the caller's entries
            await this.loadMyWaitlist().catch(() => {});
            this.timers.push(setInterval(() => this.refreshAvailability().catch(() => {}), AVAILABILITY_REFRESH_MS));
        },

        // availability is cacheable for seconds; after a refused attempt the buyer wants the counts as they are now
        async refreshAvailability({ fresh = false } = {}) {
            const event = this.event;
            let availability = { lines: [], status: null };
            try {
                availability = await api.get(`/api/v1/events/${event.id}/availability`, { anonymous: true, fresh });
            } catch (error) {
                // booking-service learns of a published event through Kafka: shortly after publishing it may not know it
                if (!(error instanceof ApiError && error.status === 404)) throw error;
            }
            const left = new Map(availability.lines.map((line) => [`${line.sessionId}/${line.ticketTypeId}`, line.available]));
            const selected = this.order.line;
            this.lines = event.sessions.flatMap((session) => event.ticketTypes.map((type) => {
                const key = `${session.id}/${type.id}`;
                const available = left.has(key) ? left.get(key) : null;
                return {
                    key, session, type, available,
                    onSale: availability.status !== 'CANCELLED' && available !== null && available > 0,
                };
            }));
            if (!this.lines.some((line) => line.key === selected && line.onSale)) {
                this.order.line = this.lines.find((line) => line.onSale)?.key ?? '';
            }
            this.keepWaitSelection();
        },

        lineLabel(line) {
            return `${line.session.name} · ${line.type.name} · ${this.money(line.type.price)}`;
        },
        availableText(line) {
            if (line.available === null) return 'not on sale yet';
            return line.available > 0 ? `${line.available} left` : 'sold out';
        },
        canBook() { return this.lines.some((line) => line.onSale); },
        eventIsPublished() { return this.event?.status === 'PUBLISHED'; },

        async submitBooking() {
            if (!signedIn()) {
                this.navigate(`/login?next=${encodeURIComponent(this.route.path)}`);
                return;
            }
            const line = this.lines.find((candidate) => candidate.key === this.order.line);
            if (!line) {
                this.fieldErrors = { line: 'Choose a session and ticket type.' };
                return;
            }
            // One key per attempt: a retry after a lost answer replays the same booking instead of buying twice.
            this.attempt ??= idempotencyKey();
            const body = {
                eventId: this.event.id, sessionId: line.session.id, ticketTypeId: line.type.id,
                quantity: Number(this.order.quantity),
            };
            const booking = await this.guard(() => api.post('/api/v1/bookings', body, { headers: { 'Idempotency-Key': this.attempt } }));
            if (booking) {
                this.attempt = null;
                this.navigate(`/bookings/${booking.id}?confirmed=1`);
            } else if (this.banner && !this.fieldErrors.quantity) {
                // a refused attempt is over: the next click is a new attempt with a new key
                this.attempt = null;
                this.refreshAvailability({ fresh: true }).catch(() => {});
            }
        },

        // --- bookings and tickets ------------------------------------------------------------------------------

        isConfirmation() { return this.route.query.confirmed === '1'; },

        async loadBooking(id) {
            this.booking = null;
            this.bookingEvent = null;
            this.tickets = [];
            this.confirmingCancel = false;
            this.resetBookingExtras();
            this.booking = await api.get(`/api/v1/bookings/${id}`);
            this.edit = { quantity: this.booking.quantity, key: null };
            this.bookingEvent = await api.get(`/api/v1/events/${this.booking.eventId}`, { anonymous: true }).catch(() => null);
            this.pollTickets();
        },

        pollTickets() {
            const bookingId = this.booking.id;
            let polls = 0;
            const poll = async () => {
                if (this.booking?.id !== bookingId) return true;
                const answer = await api.get(`/api/v1/tickets?bookingId=${bookingId}`).catch(() => ({ items: [] }));
                this.tickets = answer.items ?? [];
                // an edit or a cancellation voids and issues tickets a moment later: wait until the valid ones match
                const valid = this.tickets.filter((ticket) => ticket.status === 'VALID').length;
                const done = valid === (this.booking.status === 'CANCELLED' ? 0 : this.booking.quantity);
                this.ticketsPending = !done;
                return done || ++polls >= TICKETS_POLL_LIMIT;
            };
            poll().then((done) => {
                if (done) return;
                const timer = setInterval(async () => {
                    if (await poll()) clearInterval(timer);
                }, TICKETS_POLL_MS);
                this.timers.push(timer);
            });
        },

        bookingTitle() { return this.bookingEvent?.title ?? 'Your booking'; },
        sessionOf(booking, event) {
            return (event?.sessions ?? []).find((session) => session.id === booking?.sessionId);
        },
        bookingSessionText() {
            const session = this.sessionOf(this.booking, this.bookingEvent);
            return session ? `${session.name}, ${this.when(session.startsAt, this.bookingEvent.timeZone)}` : '';
        },
        bookingTicketTypeText() {
            const type = (this.bookingEvent?.ticketTypes ?? []).find((candidate) => candidate.id === this.booking?.ticketTypeId);
            return type ? `${type.name}, ${this.money(type.price)} each` : '';
        },
        bookingIsActive() { return this.booking !== null && this.booking.status !== 'CANCELLED'; },
        history(booking) { return booking?.history ?? []; },

        async saveQuantity() {
            this.edit.key ??= idempotencyKey();
            const updated = await this.guard(() => api.patch(`/api/v1/bookings/${this.booking.id}`,
                { quantity: Number(this.edit.quantity) }, { headers: { 'Idempotency-Key': this.edit.key } }));
            this.edit.key = null;
            if (updated) {
                this.booking = updated;
                this.banner = { kind: 'info', text: 'Your booking was changed.' };
                this.pollTickets();
            }
        },

        askCancel() { this.confirmingCancel = true; },
        keepBooking() { this.confirmingCancel = false; },

        async confirmCancel() {
            const cancelled = await this.guard(() => api.post(`/api/v1/bookings/${this.booking.id}/cancel`, {}));
            this.confirmingCancel = false;
            if (cancelled) {
                this.booking = cancelled;
                this.banner = { kind: 'info', text: 'Your booking was cancelled.' };
                this.pollTickets();
            }
        },

        async loadBookings() {
            const params = new URLSearchParams({ size: '50' });
            if (this.bookingFilter.status) params.set('status', this.bookingFilter.status);
            if (this.bookingFilter.when) params.set('when', this.bookingFilter.when);
            this.bookings = await api.get(`/api/v1/bookings?${params}`);
            const unknown = [...new Set(this.bookings.items.map((b) => b.eventId))].filter((id) => !(id in this.eventTitles));
            await Promise.all(unknown.map(async (id) => {
                const event = await api.get(`/api/v1/events/${id}`, { anonymous: true }).catch(() => null);
                this.eventTitles = { ...this.eventTitles, [id]: event?.title ?? 'Event' };
            }));
        },

        filterBookings() { this.guard(() => this.loadBookings()); },
        bookingPath(booking) { return `/bookings/${booking.id}`; },
        ticketBookingPath(ticket) { return `/bookings/${ticket.bookingId}`; },
        eventTitleOf(booking) { return this.eventTitles[booking.eventId] ?? ''; },
        noBookings() { return !this.loading && this.bookings.items.length === 0; },

        async loadHeldTickets() {
            const answer = await api.get('/api/v1/tickets?size=50');
            this.heldTickets = answer.items ?? [];
        },
        noHeldTickets() { return !this.loading && this.heldTickets.length === 0; },

        /** QR codes and PDFs need the access token, so they are fetched and shown from memory (blob: URLs). */
        async showQr(ticket) {
            await this.guard(async () => {
                const url = URL.createObjectURL(await request('GET', `/api/v1/tickets/${ticket.id}/qr.png`, { as: 'blob' }));
                this.objectUrls.push(url);
                this.qrImages = { ...this.qrImages, [ticket.id]: url };
            });
        },
        qrOf(ticket) { return this.qrImages[ticket.id] ?? null; },
        hasQr(ticket) { return ticket.id in this.qrImages; },

        async preparePdf(ticket) {
            await this.guard(async () => {
                const pdf = await request('GET', `/api/v1/tickets/${ticket.id}/pdf`, { as: 'blob' });
                const url = URL.createObjectURL(pdf);
                this.objectUrls.push(url);
                this.pdfLinks = { ...this.pdfLinks, [ticket.id]: { url, type: pdf.type } };
            });
        },
        pdfOf(ticket) { return this.pdfLinks[ticket.id]?.url ?? null; },
        pdfTypeOf(ticket) { return this.pdfLinks[ticket.id]?.type ?? null; },
        hasPdf(ticket) { return ticket.id in this.pdfLinks; },
        pdfName(ticket) { return `ticket-${ticket.code ?? ticket.id}.pdf`; },

        // --- formatting ----------------------------------------------------------------------------------------

        money(price) {
            if (!price) return '';
            try {
                return new Intl.NumberFormat(undefined, { style: 'currency', currency: price.currency }).format(Number(price.amount));
            } catch {
                return `${price.amount} ${price.currency}`;
            }
        },

        when(instant, timeZone) {
            if (!instant) return '';
            try {
                return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
            } catch {
                return new Date(instant).toLocaleString();
            }
        },

        statusClass(status) { return `status status-${String(status ?? '').toLowerCase()}`; },
    };
}
