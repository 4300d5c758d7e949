package com.evently.ticketing.analytics;

import com.evently.ticketing.analytics.domain.SavedReport;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.testsupport.fuzz.BodyField;
import com.evently.ticketing.testsupport.fuzz.InvalidBodies;
import com.evently.ticketing.testsupport.fuzz.InvalidBody;
import com.evently.ticketing.testsupport.fuzz.RejectedInput;
import com.evently.ticketing.testsupport.fuzz.SpringTestContextHook;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.node.JsonNodeFactory;

import javax.sql.DataSource;

/**
 * Random invalid bodies for analytics' one public request body, a saved report's definition: each is refused with
 * 400 (415 for a wrong content type) problem+json, and no table of the analytics schema changes.
 */
@AddLifecycleHook(SpringTestContextHook.class)
class AnalyticsInputFuzzTest extends AnalyticsIntegrationTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    DataSource database;

    private final TestUser organizer = TestUser.organizer();

    @Property(tries = 80)
    void savingAReportDefinitionRefusesInvalidInput(@ForAll("reportDefinitions") InvalidBody body) {
        RejectedInput.storingNothingIn(database).assertRejected(() -> http.post().uri("/api/v1/analytics/report-definitions")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()), body);
    }

    @Provide
    Arbitrary<InvalidBody> reportDefinitions() {
        return InvalidBodies.of("""
                        {"name":"Sales by day","dimensions":["event","day"],"measures":["seats","revenue"],
                         "event":"9b2f4c1e-8d3a-4f5b-9c6d-7e8f9a0b1c2d"}""")
                .with(BodyField.requiredText("/name", SavedReport.MAX_NAME_LENGTH),
                        BodyField.list("/dimensions", false, true,
                                Arbitraries.oneOf(BodyField.unknownNames(), BodyField.nullOrContainer())),
                        // more than ReportDefinition.MAX_DIMENSIONS, even with the currency revenue adds counted
                        BodyField.of("/dimensions", false, Arbitraries.just(NODES.arrayNode().add("event")
                                .add("organizer").add("session").add("ticketType").add("day").add("currency"))),
                        BodyField.of("/dimensions", false, Arbitraries.just(NODES.arrayNode().add("day").add("day"))),
                        BodyField.list("/measures", true, false,
                                Arbitraries.oneOf(BodyField.unknownNames(), BodyField.nullOrContainer())),
                        BodyField.of("/event", false, Arbitraries.oneOf(BodyField.unknownNames(),
                                BodyField.nullOrContainer().filter(node -> !node.isNull()))),
                        BodyField.of("/organizer", false, Arbitraries.oneOf(BodyField.unknownNames(),
                                BodyField.nullOrContainer().filter(node -> !node.isNull()))))
                .arbitrary();
    }
}
