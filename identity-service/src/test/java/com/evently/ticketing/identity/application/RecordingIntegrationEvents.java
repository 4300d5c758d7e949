package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.domain.PasswordResetRequested;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.UserProfileChanged;
import com.evently.ticketing.identity.domain.UserRegistered;
import com.evently.ticketing.identity.domain.UserRoleChanged;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a use case announced, in order, so a test can read it back. */
final class RecordingIntegrationEvents implements IntegrationEvents {

    final List<UserRegistered> registrations = new ArrayList<>();
    final List<PasswordResetRequested> resetRequests = new ArrayList<>();
    final List<UserRoleChanged> roleChanges = new ArrayList<>();
    final List<SecurityEvent> securityEvents = new ArrayList<>();
    final List<UserProfileChanged> profileChanges = new ArrayList<>();

    @Override
    public void userRegistered(UserRegistered event) {
        registrations.add(event);
    }

    @Override
    public void passwordResetRequested(PasswordResetRequested event) {
        resetRequests.add(event);
    }

    @Override
    public void userRoleChanged(UserRoleChanged event) {
        roleChanges.add(event);
    }

    @Override
    public void userProfileChanged(UserProfileChanged event) {
        profileChanges.add(event);
    }

    @Override
    public void securityEventRecorded(SecurityEvent event) {
        securityEvents.add(event);
    }

    boolean announcedNothing() {
        return registrations.isEmpty() && resetRequests.isEmpty() && roleChanges.isEmpty() && securityEvents.isEmpty()
                && profileChanges.isEmpty();
    }
}
