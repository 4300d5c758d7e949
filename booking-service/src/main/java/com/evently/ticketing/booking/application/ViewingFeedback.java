package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Feedbacks;
import com.evently.ticketing.platform.domain.Caller;

/** What attendees thought of an event: for its organizer and admins, nobody else. */
public final class ViewingFeedback {

    private final EventOrganizerAccess access;
    private final Feedbacks feedbacks;

    public ViewingFeedback(EventOrganizerAccess access, Feedbacks feedbacks) {
        this.access = access;
        this.feedbacks = feedbacks;
    }

    /**
     * @throws OrganizerViewNotPermitted when the caller is neither an admin nor the event's organizer
     * @throws EventNotFound             when no published event with that id reached booking
     */
    public FeedbackReport view(FeedbackQuery query, Caller actor) {
        access.eventShownTo(actor, query.eventId(), "feedback");
        Feedbacks.CommentPage comments = feedbacks.commentsOf(query.eventId(), query.offset(), query.size());
        return new FeedbackReport(query.eventId(), feedbacks.summaryOf(query.eventId()), comments.feedback(),
                query.page(), query.size(), comments.total());
    }
}
