package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.UserRegistered;

/**
 * Announces what happened to other services. Must be called inside the transaction of the change it
 * announces: the announcement exists if and only if the change was committed.
 */
public interface IntegrationEvents {

    void userRegistered(UserRegistered event);
}
