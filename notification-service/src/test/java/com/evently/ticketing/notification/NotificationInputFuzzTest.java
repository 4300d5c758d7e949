package com.evently.ticketing.notification;

import com.evently.ticketing.notification.domain.webhook.WebhookTargetPolicy;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.testsupport.fuzz.BodyField;
import com.evently.ticketing.testsupport.fuzz.InvalidBodies;
import com.evently.ticketing.testsupport.fuzz.InvalidBody;
import com.evently.ticketing.testsupport.fuzz.RejectedInput;
import com.evently.ticketing.testsupport.fuzz.SpringTestContextHook;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import javax.sql.DataSource;

/**
 * Random invalid bodies for notification's public request bodies, the mail preferences and a webhook subscription:
 * each is refused with 400 (415 for a wrong content type) problem+json, and no table of the notification schema
 * changes.
 */
@AddLifecycleHook(SpringTestContextHook.class)
class NotificationInputFuzzTest extends NotificationServiceIntegrationTest {

    @Autowired
    DataSource database;
    @Autowired
    RestTestClient http;

    private final TestUser subscriber = TestUser.attendee();
    private final TestUser organizer = TestUser.organizer();

    @Property(tries = 60)
    void changingMailPreferencesRefusesInvalidInput(@ForAll("preferences") InvalidBody body) {
        RejectedInput.storingNothingIn(database).assertRejected(() -> http.put().uri("/api/v1/notifications/preferences")
                .header(HttpHeaders.AUTHORIZATION, subscriber.bearer()), body);
    }

    @Property(tries = 60)
    void subscribingToWebhooksRefusesInvalidInput(@ForAll("subscriptions") InvalidBody body) {
        RejectedInput.storingNothingIn(database).assertRejected(() -> http.post().uri("/api/v1/webhooks")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()), body);
    }

    @Provide
    Arbitrary<InvalidBody> subscriptions() {
        // this test context lets webhooks target http and loopback, as ./run-local does
        return InvalidBodies.of("""
                        {"url":"http://127.0.0.1:9/hooks","eventTypes":["booking.confirmed","event.published"]}""")
                .with(BodyField.requiredText("/url", WebhookTargetPolicy.MAX_URL_LENGTH),
                        BodyField.list("/eventTypes", true, false, BodyField.unknownNames()))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> preferences() {
        return InvalidBodies.of("""
                        {"reminders":true,"eventChanges":false}""")
                .with(BodyField.requiredBoolean("/reminders"), BodyField.requiredBoolean("/eventChanges"))
                .arbitrary();
    }
}
