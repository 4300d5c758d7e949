// What an attendee does beyond finding and booking: waiting lists and their offers, feedback after an event, adding a
// booking to a calendar, transferring a ticket, and the profile (name, e-mail, password, language, mail choices).
import { api, ApiError, logIn, request } from './api.js';

const LANGUAGES = [{ value: 'en', label: 'English' }, { value: 'de', label: 'Deutsch' }];
/** A language's name, or its code when the UI does not know it. */
export function languageName(code) {
    return LANGUAGES.find((language) => language.value === code)?.label ?? code ?? '';
}
const RATINGS = [{ value: '5', label: '5 – excellent' }, { value: '4', label: '4 – good' }, { value: '3', label: '3 – fair' },
    { value: '2', label: '2 – poor' }, { value: '1', label: '1 – bad' }];
const CLOSED_OFFER = {
    EXPIRED: 'This offer has expired: the seats went back on sale or to the next person waiting.',
    DECLINED: 'This offer was declined: the seats went to the next person waiting.',
    ACCEPTED: 'This offer was accepted already: the booking is in My bookings.',
};

export function attendeeExtras() {
    return {
        waitlist: { entries: [], offers: [] },
        waitOrder: { line: '', quantity: 1 },
        offerOutcome: null, // the text shown once an offer was declined or could not be accepted
        feedback: { rating: '5', comment: '', given: false },
        transfer: { ticketId: null, email: '', name: '' },
        profile: { name: '', email: '', language: 'en' },
        passwordChange: { current: '', next: '' },
        mailPreferences: { reminders: true, eventChanges: true },
        mailPreferencesLoaded: false,

        // --- waiting list on the event page -------------------------------------------------------------------

        /** The caller's entries and open offers for the event on the page. */
        async loadMyWaitlist() {
            if (!this.signedIn || !this.event) {
                this.waitlist = { entries: [], offers: [] };
                return;
            }
            this.waitlist = await api.get(`/api/v1/events/${this.event.id}/waitlist`);
            this.keepWaitSelection();
        },

        /** Lines with no seat left: booking is refused there, waiting is what remains. */
        waitableLines() {
            if (!this.eventIsPublished()) return [];
            const waiting = new Set(this.waitlist.entries.map((entry) => `${entry.sessionId}/${entry.ticketTypeId}`));
            return this.lines.filter((line) => line.available === 0 && !waiting.has(line.key));
        },
        canWait() { return this.waitableLines().length > 0; },
        keepWaitSelection() {
            if (!this.waitableLines().some((line) => line.key === this.waitOrder.line)) {
                this.waitOrder.line = this.waitableLines()[0]?.key ?? '';
            }
        },

        async joinWaitlist() {
            if (!this.signedIn) {
                this.navigate(`/login?next=${encodeURIComponent(this.route.path)}`);
                return;
            }
            this.keepWaitSelection();
            const line = this.lines.find((candidate) => candidate.key === this.waitOrder.line);
            if (!line) {
                this.fieldErrors = { waitLine: 'Choose a session and ticket type.' };
                return;
            }
            const entry = await this.guard(() => api.post(`/api/v1/events/${this.event.id}/waitlist`, {
                sessionId: line.session.id, ticketTypeId: line.type.id, quantity: Number(this.waitOrder.quantity),
            }));
            if (entry) {
                await this.guard(() => this.loadMyWaitlist());
                this.banner = { kind: 'info', text: `You are number ${entry.position} on the waiting list. We will e-mail you when seats free up.` };
            }
        },

        async leaveWaitlist(entry) {
            const params = new URLSearchParams({ sessionId: entry.sessionId, ticketTypeId: entry.ticketTypeId });
            const left = await this.guard(async () => {
                await api.delete(`/api/v1/events/${this.event.id}/waitlist?${params}`);
                return true;
            });
            if (left) {
                await this.guard(() => this.loadMyWaitlist());
                this.banner = { kind: 'info', text: 'You left the waiting list.' };
            }
        },

        hasWaitlist() { return this.waitlist.entries.length + this.waitlist.offers.length > 0; },
        lineNameOf(item) {
            const line = this.lines.find((candidate) => candidate.key === `${item.sessionId}/${item.ticketTypeId}`);
            return line ? `${line.session.name} · ${line.type.name}` : '';
        },
        entryText(entry) {
            return `${this.lineNameOf(entry)} · ${entry.quantity} ${entry.quantity === 1 ? 'seat' : 'seats'} · number ${entry.position} in line`;
        },
        offerText(offer) {
            return `${this.lineNameOf(offer)} · ${offer.quantity} ${offer.quantity === 1 ? 'seat' : 'seats'} held for you until ${this.when(offer.expiresAt)}`;
        },
        offerPath(offer) { return `/waitlist-offers/${offer.id}`; },
        leaveLabel(entry) { return `Leave the waiting list for ${this.lineNameOf(entry)}`; },

        // --- the page a waiting-list offer mail links to -----------------------------------------------------

        loadOffer() {
            this.offerOutcome = null;
        },
        offerIsOpen() { return this.offerOutcome === null; },

        async acceptOffer() {
            const booking = await this.guard(async () => {
                try {
                    return await api.post(`/api/v1/waitlist-offers/${this.route.id}/accept`, {});
                } catch (error) {
                    throw this.offerClosed(error);
                }
            });
            if (booking) this.navigate(`/bookings/${booking.id}?confirmed=1`);
        },

        async declineOffer() {
            const declined = await this.guard(async () => {
                try {
                    return await api.post(`/api/v1/waitlist-offers/${this.route.id}/decline`, {});
                } catch (error) {
                    throw this.offerClosed(error);
                }
            });
            if (declined) this.offerOutcome = 'You declined the offer: the seats go to the next person waiting.';
        },

        /** A closed offer ends the page's choices; its reason replaces the buttons. */
        offerClosed(error) {
            if (error instanceof ApiError && error.slug === 'waitlist-offer-closed') {
                this.offerOutcome = CLOSED_OFFER[error.problem.offerStatus] ?? error.message;
            } else if (error instanceof ApiError && error.status === 404) {
                this.offerOutcome = 'There is no such offer for this account. Log in with the address the mail was sent to.';
            }
            return error;
        },

        // --- after the event: feedback; before it: the calendar ------------------------------------------------

        resetBookingExtras() {
            this.feedback = { rating: '5', comment: '', given: false };
        },

        /** Feedback opens once the booked session has ended, for a booking that was not cancelled. */
        canGiveFeedback() {
            const session = this.sessionOf(this.booking, this.bookingEvent);
            return this.booking?.status === 'CONFIRMED' && session !== undefined
                && new Date(session.endsAt).getTime() < Date.now() && !this.feedback.given;
        },
        ratings() { return RATINGS; },

        async submitFeedback() {
            const body = { rating: Number(this.feedback.rating) };
            if (this.feedback.comment.trim()) body.comment = this.feedback.comment.trim();
            const given = await this.guard(async () => {
                try {
                    return await api.post(`/api/v1/bookings/${this.booking.id}/feedback`, body);
                } catch (error) {
                    if (error instanceof ApiError && error.slug === 'feedback-already-given') return { again: true };
                    throw error;
                }
            });
            if (given) {
                this.feedback.given = true;
                this.banner = { kind: 'info', text: given.again ? 'You rated this event already. Thank you!' : 'Thank you for your feedback!' };
            }
        },

        /** The booking's .ics, fetched with the access token and handed to the browser as a file. */
        async downloadCalendar() {
            await this.guard(async () => {
                const ics = await request('GET', `/api/v1/bookings/${this.booking.id}/calendar.ics`,
                    { as: 'blob', headers: { Accept: 'text/calendar' } });
                const url = URL.createObjectURL(ics);
                this.objectUrls.push(url);
                const link = document.createElement('a');
                link.href = url;
                link.download = `booking-${this.booking.id}.ics`;
                link.click();
            });
        },

        // --- my tickets: transfer ----------------------------------------------------------------------------

        canTransfer(ticket) { return ticket.status === 'VALID' && this.transfer.ticketId !== ticket.id; },
        isTransferring(ticket) { return this.transfer.ticketId === ticket.id; },
        startTransfer(ticket) {
            this.fieldErrors = {};
            this.transfer = { ticketId: ticket.id, email: '', name: '' };
        },
        cancelTransfer() { this.transfer = { ticketId: null, email: '', name: '' }; },
        transferLabel(ticket) { return `Transfer ticket ${ticket.code ?? ''}`.trim(); },

        async submitTransfer() {
            const { ticketId, email, name } = this.transfer;
            const body = { email: email.trim() };
            if (name.trim()) body.name = name.trim();
            const transferred = await this.guard(() => api.post(`/api/v1/tickets/${ticketId}/transfer`, body));
            if (transferred) {
                this.cancelTransfer();
                await this.guard(() => this.loadHeldTickets());
                this.banner = { kind: 'info', text: `The ticket now belongs to ${body.email}, who gets it by e-mail. Your copy is no longer valid.` };
            }
        },

        ticketEventText(ticket) {
            const parts = [ticket.eventTitle, ticket.sessionName, ticket.ticketTypeName].filter(Boolean);
            return parts.join(' · ');
        },
        ticketStartsText(ticket) { return ticket.sessionStartsAt ? this.when(ticket.sessionStartsAt) : ''; },

        // --- profile -----------------------------------------------------------------------------------------

        async loadProfile() {
            this.passwordChange = { current: '', next: '' };
            const [me, preferences] = await Promise.all([
                api.get('/api/v1/users/me'),
                // the mail choices live in notification-service: the profile still shows when it does not answer
                api.get('/api/v1/notifications/preferences').catch(() => null),
            ]);
            this.profile = { name: me.name ?? '', email: me.email ?? '', language: me.language ?? 'en' };
            this.mailPreferencesLoaded = preferences !== null;
            if (preferences) this.mailPreferences = { reminders: preferences.reminders, eventChanges: preferences.eventChanges };
        },
        languages() { return LANGUAGES; },

        async saveProfile() {
            const saved = await this.guard(() => api.patch('/api/v1/users/me', {
                name: this.profile.name, email: this.profile.email.trim(), language: this.profile.language,
            }));
            if (saved) {
                this.profile = { name: saved.name, email: saved.email, language: saved.language ?? this.profile.language };
                this.banner = { kind: 'info', text: 'Your profile was saved.' };
            }
        },

        async savePassword() {
            const changed = await this.guard(async () => {
                await api.put('/api/v1/users/me/password',
                    { currentPassword: this.passwordChange.current, newPassword: this.passwordChange.next });
                // a password change ends every session of the account, this page's cookie included: sign in afresh
                await logIn(this.profile.email, this.passwordChange.next);
                return true;
            });
            if (changed) {
                this.passwordChange = { current: '', next: '' };
                this.banner = { kind: 'info', text: 'Your password was changed. Other devices have to log in again.' };
            }
        },

        async saveMailPreferences() {
            const saved = await this.guard(() => api.put('/api/v1/notifications/preferences', {
                reminders: Boolean(this.mailPreferences.reminders), eventChanges: Boolean(this.mailPreferences.eventChanges),
            }));
            if (saved) {
                this.mailPreferences = { reminders: saved.reminders, eventChanges: saved.eventChanges };
                this.banner = { kind: 'info', text: 'Your mail choices were saved.' };
            }
        },
        mailPreferencesUnavailable() { return !this.loading && !this.mailPreferencesLoaded; },
    };
}
