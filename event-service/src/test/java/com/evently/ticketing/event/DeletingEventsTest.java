package com.evently.ticketing.event;

import com.evently.ticketing.event.adapter.in.web.EventProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.javaDay;
import static org.assertj.core.api.Assertions.assertThat;

class DeletingEventsTest extends EventServiceIntegrationTest {

    @Test
    void organizerDeletesTheirDraftWithItsSessionsAndTicketTypes() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createDraft(organizer, javaDay("Scrapped"));

        catalog.delete(organizer, id).expectStatus().isNoContent();

        catalog.view(organizer, id)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.EVENT_NOT_FOUND));
        catalog.delete(organizer, id).expectStatus().isNotFound();
        assertThat(rowsOf(id)).isZero();
    }

    @Test
    void publishedEventIsCancelledRatherThanDeleted() {
        TestUser organizer = TestUser.organizer();
        UUID id = catalog.createPublished(organizer, javaDay("Already on sale"));

        catalog.delete(organizer, id)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(typeOf(EventProblem.INVALID_STATE))
                .jsonPath("$.eventStatus").isEqualTo("PUBLISHED");

        catalog.view(null, id).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void anotherOrganizerCannotFindSomeoneElsesDraftToDelete() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createDraft(owner, javaDay("Keep out"));

        catalog.delete(TestUser.organizer(), id)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(EventProblem.EVENT_NOT_FOUND));

        catalog.view(owner, id).expectStatus().isOk();
    }

    @Test
    void anotherOrganizerMayNotDeleteAPublishedEvent() {
        UUID id = catalog.createPublished(TestUser.organizer(), javaDay("Public but not theirs"));

        catalog.delete(TestUser.organizer(), id)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));
    }

    @Test
    void attendeeMayNotDeleteEvents() {
        TestUser owner = TestUser.organizer();
        UUID id = catalog.createDraft(owner, javaDay("Attendee tries to delete"));

        catalog.delete(TestUser.attendee(), id)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));

        catalog.view(owner, id).expectStatus().isOk();
    }

    @Test
    void adminDeletesAnyonesDraft() {
        UUID id = catalog.createDraft(TestUser.organizer(), javaDay("Spam draft"));

        catalog.delete(TestUser.admin(), id).expectStatus().isNoContent();

        assertThat(rowsOf(id)).isZero();
    }

    /** The event's own row plus its sessions and ticket types. */
    private long rowsOf(UUID eventId) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM events WHERE id = :id)
                             + (SELECT count(*) FROM sessions WHERE event_id = :id)
                             + (SELECT count(*) FROM ticket_types WHERE event_id = :id)""")
                .param("id", eventId)
                .query(Long.class)
                .single();
    }
}
