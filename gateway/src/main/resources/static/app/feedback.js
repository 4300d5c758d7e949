// What attendees thought of an event, on its analytics page: how many rated it, the average, how many gave each rating
// and the comments, newest first, without who wrote them (booking-service keeps feedback and never names its authors).
import { api, ApiError } from './api.js';

const COMMENTS_PAGE_SIZE = 10;
const NO_FEEDBACK = { count: 0, averageRating: null, ratings: {}, comments: { items: [], page: {} } };

export function eventFeedback() {
    return {
        feedbackReport: NO_FEEDBACK,
        feedbackPage: 0,
        feedbackUnavailable: false,

        resetFeedback() {
            this.feedbackReport = NO_FEEDBACK;
            this.feedbackPage = 0;
            this.feedbackUnavailable = false;
        },

        /** The figures and one page of comments; the analytics page stands without them when booking does not answer. */
        async loadFeedback(page = 0) {
            const params = new URLSearchParams({ page: String(page), size: String(COMMENTS_PAGE_SIZE) });
            try {
                this.feedbackReport = await api.get(`/api/v1/events/${this.managed.id}/feedback?${params}`);
                this.feedbackPage = page;
                this.feedbackUnavailable = false;
            } catch (error) {
                // booking knows published events only (through Kafka): a draft, or one just published, has no feedback
                if (error instanceof ApiError && error.status === 404) this.resetFeedback();
                else this.feedbackUnavailable = true;
            }
        },

        hasFeedback() { return this.feedbackReport.count > 0; },
        feedbackSummary() {
            const { count, averageRating } = this.feedbackReport;
            if (count === 0) return 'No ratings yet: attendees can rate a session once it has ended.';
            const average = Number(averageRating ?? 0).toLocaleString(undefined, { maximumFractionDigits: 1 });
            return `${count} ${count === 1 ? 'rating' : 'ratings'}, ${average} of 5 on average`;
        },
        /** Five rows, the best rating first. */
        ratingCounts() {
            return [5, 4, 3, 2, 1].map((rating) => ({ rating, label: `${rating} of 5`, count: this.feedbackReport.ratings?.[rating] ?? 0 }));
        },
        feedbackComments() {
            const sessions = new Map((this.managed?.sessions ?? []).map((session) => [session.id, session.name]));
            return (this.feedbackReport.comments?.items ?? []).map((item, index) => ({
                key: `${this.feedbackPage}-${index}`,
                rating: `${item.rating} of 5`,
                about: [sessions.get(item.sessionId), this.when(item.givenAt, this.managed?.timeZone)].filter(Boolean).join(' · '),
                text: item.comment,
            }));
        },
        hasFeedbackComments() { return this.feedbackComments().length > 0; },
        feedbackHasPrevious() { return this.feedbackPage > 0; },
        feedbackHasNext() { return this.feedbackPage + 1 < (this.feedbackReport.comments?.page?.totalPages ?? 0); },
        feedbackPrevious() { this.guard(() => this.loadFeedback(this.feedbackPage - 1)); },
        feedbackNext() { this.guard(() => this.loadFeedback(this.feedbackPage + 1)); },
    };
}
