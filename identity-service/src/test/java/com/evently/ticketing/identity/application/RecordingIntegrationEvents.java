package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.domain.AccountOpened;
import com.evently.ticketing.identity.domain.PasswordResetIssued;
import com.evently.ticketing.identity.domain.ProfileEdited;
import com.evently.ticketing.identity.domain.RolesChanged;
import com.evently.ticketing.identity.domain.SecurityEvent;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a use case announced, in order, so a test can read it back. */
final class RecordingIntegrationEvents implements IntegrationEvents {

    final List<AccountOpened> registrations = new ArrayList<>();
    final List<PasswordResetIssued> resetRequests = new ArrayList<>();
    final List<RolesChanged> roleChanges = new ArrayList<>();
    final List<SecurityEvent> securityEvents = new ArrayList<>();
    final List<ProfileEdited> profileChanges = new ArrayList<>();

    @Override
    public void accountOpened(AccountOpened event) {
        registrations.add(event);
    }

    @Override
    public void passwordResetIssued(PasswordResetIssued event) {
        resetRequests.add(event);
    }

    @Override
    public void rolesChanged(RolesChanged event) {
        roleChanges.add(event);
    }

    @Override
    public void profileEdited(ProfileEdited event) {
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
