package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.CheckInDevices;
import com.evently.ticketing.ticket.application.port.out.EventOrganizers;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CheckInDevice;
import com.evently.ticketing.ticket.domain.CheckInNotPermitted;
import com.evently.ticketing.ticket.domain.DeviceNotRecognized;
import com.evently.ticketing.ticket.domain.DeviceToken;
import com.evently.ticketing.ticket.domain.Scanner;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * An event's organizer (or an administrator) lets scanners into its check-in without lending them an account: a
 * device gets a secret that scans this event's tickets and reads its revocations, nothing else, until revoked.
 */
public class ManagingCheckInDevices {

    private final Transactions transactions;
    private final CheckInDevices devices;
    private final EventOrganizers organizers;
    private final SecureRandom random;
    private final Clock clock;

    public ManagingCheckInDevices(Transactions transactions, CheckInDevices devices, EventOrganizers organizers,
                                  SecureRandom random, Clock clock) {
        this.transactions = transactions;
        this.devices = devices;
        this.organizers = organizers;
        this.random = random;
        this.clock = clock;
    }

    /** @throws CheckInNotPermitted unless the actor runs this event's check-in */
    public IssuedDevice issue(Actor actor, UUID eventId, String name) {
        requireCrew(actor, eventId);
        CheckInDevice device = new CheckInDevice(UUID.randomUUID(), eventId, name, actor.id(), clock.instant(), null);
        DeviceToken token = DeviceToken.random(random);
        transactions.inTransaction(() -> devices.add(device, token.hash()));
        return new IssuedDevice(device, token);
    }

    /** @throws CheckInNotPermitted unless the actor runs this event's check-in */
    public List<CheckInDevice> ofEvent(Actor actor, UUID eventId) {
        requireCrew(actor, eventId);
        return devices.ofEvent(eventId);
    }

    /**
     * @return false when the event has no such device, or it was revoked already
     * @throws CheckInNotPermitted unless the actor runs this event's check-in
     */
    public boolean revoke(Actor actor, UUID eventId, UUID deviceId) {
        requireCrew(actor, eventId);
        return transactions.inTransaction(() -> devices.revoke(eventId, deviceId, clock.instant()));
    }

    /** The scanner a presented secret stands for. @throws DeviceNotRecognized when unknown or revoked */
    public Scanner recognize(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank()) {
            throw new DeviceNotRecognized();
        }
        return devices.byTokenHash(new DeviceToken(presentedToken.strip()).hash())
                .filter(device -> !device.isRevoked())
                .map(CheckInDevice::asScanner)
                .orElseThrow(DeviceNotRecognized::new);
    }

    private void requireCrew(Actor actor, UUID eventId) {
        if (!actor.mayRunCheckInOf(organizers.organizerOf(eventId))) {
            throw new CheckInNotPermitted("Only the event's organizer or an administrator manages its check-in devices");
        }
    }
}
