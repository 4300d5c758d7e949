package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.identity.domain.UserPage;
import com.evently.ticketing.identity.domain.UserRoleChanged;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;

/**
 * An administrator pages through the accounts and changes what an account may do: its roles (USER always
 * stays) and whether it may sign in. Disabling an account revokes its refresh tokens.
 */
public class AdministeringUsers {

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public AdministeringUsers(Users users, RefreshTokens refreshTokens, IntegrationEvents integrationEvents,
                              Transactions transactions, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Newest first.
     *
     * @throws OperationNotPermitted unless the actor is an administrator
     */
    public UserPage list(Caller actor, UserSearch search) {
        requireAdministrator(actor, "list accounts");
        return users.search(search);
    }

    /**
     * @return the account as it is afterwards
     * @throws OperationNotPermitted unless the actor is an administrator
     * @throws SelfLockoutConflict when administrators would disable themselves or drop their own ADMIN role
     * @throws UserNotFound when no account has the id
     */
    public User change(Caller actor, ChangeUserCommand change) {
        requireAdministrator(actor, "change accounts");
        if (actor.id().equals(change.userId())) {
            refuseSelfLockout(change);
        }
        return transactions.inTransaction(() -> {
            User before = users.lockById(change.userId()).orElseThrow(() -> new UserNotFound(change.userId()));
            User after = change.roles().map(before::withRoles).orElse(before);
            after = change.enabled().map(after::withEnabled).orElse(after);
            if (after.equals(before)) {
                return before;
            }
            users.update(after);
            Instant now = clock.instant();
            if (!after.roles().equals(before.roles())) {
                announceRoleChange(actor, before, after, change, now);
            }
            if (after.enabled() != before.enabled()) {
                recordEnabledChange(actor, after, change, now);
            }
            return after;
        });
    }

    private static void refuseSelfLockout(ChangeUserCommand change) {
        if (change.enabled().filter(enabled -> !enabled).isPresent()) {
            throw new SelfLockoutConflict("disable");
        }
        if (change.roles().filter(roles -> !roles.contains(Role.ADMIN)).isPresent()) {
            throw new SelfLockoutConflict("remove the ADMIN role from");
        }
    }

    private void announceRoleChange(Caller actor, User before, User after, ChangeUserCommand change, Instant now) {
        integrationEvents.userRoleChanged(new UserRoleChanged(after.id(), after.email(), before.roles(), after.roles(),
                actor.id(), now));
        integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.ROLES_CHANGED, now)
                .by(actor.id()).concerning(after).from(change.clientAddress())
                .detail("roles " + before.roles() + " -> " + after.roles()));
    }

    private void recordEnabledChange(Caller actor, User after, ChangeUserCommand change, Instant now) {
        if (!after.enabled()) {
            // access tokens die within minutes on their own; refresh tokens would keep the account signed in
            refreshTokens.revokeAllOf(after.id(), now);
        }
        SecurityAction action = after.enabled() ? SecurityAction.USER_ENABLED : SecurityAction.USER_DISABLED;
        integrationEvents.securityEventRecorded(SecurityEvent.success(action, now)
                .by(actor.id()).concerning(after).from(change.clientAddress()));
    }

    private static void requireAdministrator(Caller actor, String operation) {
        if (!actor.isAdmin()) {
            throw new OperationNotPermitted(operation);
        }
    }
}
