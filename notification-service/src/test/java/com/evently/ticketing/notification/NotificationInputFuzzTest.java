package com.evently.ticketing.notification;

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
 * Random invalid bodies for notification's one public request body, the mail preferences: each is refused with 400
 * (415 for a wrong content type) problem+json, and no table of the notification schema changes.
 */
@AddLifecycleHook(SpringTestContextHook.class)
class NotificationInputFuzzTest extends NotificationServiceIntegrationTest {

    @Autowired
    DataSource database;
    @Autowired
    RestTestClient http;

    private final TestUser subscriber = TestUser.attendee();

    @Property(tries = 60)
    void changingMailPreferencesRefusesInvalidInput(@ForAll("preferences") InvalidBody body) {
        RejectedInput.storingNothingIn(database).assertRejected(() -> http.put().uri("/api/v1/notifications/preferences")
                .header(HttpHeaders.AUTHORIZATION, subscriber.bearer()), body);
    }

    @Provide
    Arbitrary<InvalidBody> preferences() {
        return InvalidBodies.of("""
                        {"reminders":true,"eventChanges":false}""")
                .with(BodyField.requiredBoolean("/reminders"), BodyField.requiredBoolean("/eventChanges"))
                .arbitrary();
    }
}
