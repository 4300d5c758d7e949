package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.ProfileEdited;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;

/**
 * A signed-in user changes their name, e-mail address or mail language. Only those: roles and the enabled flag are
 * an administrator's business and cannot be expressed here. A change is announced (ProfileEdited), so that the
 * services which write to the user use the new address and language.
 */
public class UpdatingProfile {

    private final Users users;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public UpdatingProfile(Users users, IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        this.users = users;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws EmailTakenConflict when the new address belongs to another account
     * @throws UserNotFound when the token names an account that no longer exists
     * @throws DisabledAccountNotPermitted when the account was disabled after the token was issued
     */
    public User update(UpdateProfileCommand command) {
        return transactions.inTransaction(() -> {
            User before = users.lockById(command.userId())
                    .orElseThrow(() -> new UserNotFound(command.userId()));
            if (!before.enabled()) {
                throw new DisabledAccountNotPermitted();
            }
            Changed<User, ProfileEdited> change = before.changeProfile(
                    command.email().orElse(before.email()), command.name().orElse(before.name()),
                    command.language().orElse(before.language()), clock.instant());
            User after = change.aggregate();
            if (after.equals(before)) {
                return before;
            }
            users.update(after);
            integrationEvents.profileEdited(change.event());
            if (!after.email().equals(before.email())) {
                // the old address is the one worth keeping: it is where the account's owner can be warned
                integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.EMAIL_CHANGED, clock.instant())
                        .by(after.id()).concerning(after).from(command.clientAddress())
                        .detail("previous e-mail address: " + before.email().value()));
            }
            return after;
        });
    }
}
