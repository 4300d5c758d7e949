package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.AccountOpened;
import com.evently.ticketing.identity.domain.PasswordResetIssued;
import com.evently.ticketing.identity.domain.ProfileEdited;
import com.evently.ticketing.identity.domain.RolesChanged;
import com.evently.ticketing.identity.domain.SecurityEvent;

/**
 * Announces what happened to other services. Must be called inside the transaction of the change it
 * announces: the announcement exists if and only if the change was committed.
 */
public interface IntegrationEvents {

    void accountOpened(AccountOpened event);

    void passwordResetIssued(PasswordResetIssued event);

    void rolesChanged(RolesChanged event);

    void profileEdited(ProfileEdited event);

    /** An entry of the audit trail, which the analytics service keeps for administrators. */
    void securityEventRecorded(SecurityEvent event);
}
