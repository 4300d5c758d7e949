package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.RolesChanged;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.identity.domain.UserPage;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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
            Instant now = clock.instant();
            User after = change.enabled().map(before::withEnabled).orElse(before);
            Optional<RolesChanged> roleChange = Optional.empty();
            if (change.roles().isPresent()) {
                Changed<User, RolesChanged> changed = after.changeRoles(change.roles().get(), actor.id(), now);
                after = changed.aggregate();
                roleChange = Optional.of(changed.event()).filter(RolesChanged::changesAnything);
            }
            if (after.equals(before)) {
                return before;
            }
            users.update(after);
            User changedUser = after;
            roleChange.ifPresent(event -> announceRoleChange(actor, changedUser, event, change));
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

    private void announceRoleChange(Caller actor, User user, RolesChanged event, ChangeUserCommand change) {
        integrationEvents.rolesChanged(event);
        integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.ROLES_CHANGED, event.occurredAt())
                .by(actor.id()).concerning(user).from(change.clientAddress())
                .detail("roles " + event.previousRoles() + " -> " + event.roles()));
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
