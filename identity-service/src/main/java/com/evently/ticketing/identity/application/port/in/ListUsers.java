package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.UserPage;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Caller;

/** An administrator pages through the accounts. */
public interface ListUsers {

    /** @throws NotAllowedException unless the actor is an administrator */
    UserPage list(Caller actor, UserSearch search);
}
