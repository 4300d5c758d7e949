package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.KnownUsers;
import com.evently.ticketing.notification.domain.KnownUser;

/**
 * Keeps the local copy of users that mails are addressed and worded from. Thin on purpose: identity-service decides
 * who a user is; this service only remembers where and in which language to write to them.
 */
public final class TrackingUsers {

    private final KnownUsers users;

    public TrackingUsers(KnownUsers users) {
        this.users = users;
    }

    public void announced(KnownUser user) {
        users.remember(user);
    }
}
