package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CheckInNotPermitted;
import com.evently.ticketing.ticket.domain.DeviceNotRecognized;
import com.evently.ticketing.ticket.domain.Scanner;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.RANDOM;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.admin;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link ManagingCheckInDevices} against in-memory ports. */
class ManagingCheckInDevicesTest {

    private final InMemoryCheckInDevices store = new InMemoryCheckInDevices();
    private final InMemoryEventOrganizers organizers = new InMemoryEventOrganizers();
    private final ManagingCheckInDevices devices = new ManagingCheckInDevices(new ImmediateTransactions(), store,
            organizers, RANDOM, CLOCK);
    private final Actor organizer = organizer();
    private final UUID eventId = UUID.randomUUID();

    ManagingCheckInDevicesTest() {
        organizers.record(eventId, organizer.id());
    }

    @Test
    void issuedSecretStandsForAScannerOfThatEventOnly() {
        IssuedDevice issued = devices.issue(organizer, eventId, " North door ");

        Scanner scanner = devices.recognize(issued.token().value());

        assertThat(scanner).isEqualTo(new Scanner.Device(issued.device().id(), eventId));
        assertThat(scanner.mayScan(eventId, Optional.of(organizer.id()))).isTrue();
        assertThat(scanner.mayScan(UUID.randomUUID(), Optional.of(organizer.id()))).isFalse();
        assertThat(issued.device().name()).isEqualTo("North door");
        assertThat(issued.token().value()).startsWith("dev_").hasSizeGreaterThan(40);
        assertThat(issued.token().toString()).doesNotContain(issued.token().value());
    }

    @Test
    void revokedOrUnknownSecretIsNotRecognized() {
        IssuedDevice issued = devices.issue(organizer, eventId, "North door");

        assertThat(devices.revoke(organizer, eventId, issued.device().id())).isTrue();
        assertThat(devices.revoke(organizer, eventId, issued.device().id())).isFalse();

        for (String presented : new String[]{issued.token().value(), "dev_unknown", "", null}) {
            assertThatExceptionOfType(DeviceNotRecognized.class).isThrownBy(() -> devices.recognize(presented));
        }
        assertThat(devices.ofEvent(organizer, eventId)).singleElement()
                .satisfies(device -> assertThat(device.isRevoked()).isTrue());
    }

    @Test
    void onlyTheEventsOrganizerOrAnAdminManagesItsDevices() {
        for (Actor stranger : new Actor[]{organizer(), user(UUID.randomUUID())}) {
            assertThatExceptionOfType(CheckInNotPermitted.class)
                    .isThrownBy(() -> devices.issue(stranger, eventId, "Rogue"));
            assertThatExceptionOfType(CheckInNotPermitted.class)
                    .isThrownBy(() -> devices.ofEvent(stranger, eventId));
        }
        assertThat(devices.issue(admin(), eventId, "Admin's").device().eventId()).isEqualTo(eventId);
    }

    @Test
    void deviceNeedsAName() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> devices.issue(organizer, eventId, " "));
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> devices.issue(organizer, eventId, "x".repeat(101)));
    }
}
