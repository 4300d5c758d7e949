package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.PasswordResetRequested;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.UserProfileChanged;
import com.evently.ticketing.identity.domain.UserRegistered;
import com.evently.ticketing.identity.domain.UserRoleChanged;

/**
 * Announces what happened to other services. Must be called inside the transaction of the change it
 * announces: the announcement exists if and only if the change was committed.
 */
public interface IntegrationEvents {

    void userRegistered(UserRegistered event);

    void passwordResetRequested(PasswordResetRequested event);

    void userRoleChanged(UserRoleChanged event);

    void userProfileChanged(UserProfileChanged event);

    /** An entry of the audit trail, which the analytics service keeps for administrators. */
    void securityEventRecorded(SecurityEvent event);
}
