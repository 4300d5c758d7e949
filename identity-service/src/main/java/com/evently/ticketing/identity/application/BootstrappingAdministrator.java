package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.AccountOpened;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailTakenConflict;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.RolesChanged;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Makes sure a fresh installation can be administered. The configured account is created as an ADMIN only
 * while no account is an administrator; an existing account with the configured address gets the role only
 * when it holds the configured password, so whoever registers that address later (after the administrator
 * moved to another one) gains nothing at the next start. Safe to run on every start and on several replicas
 * at once.
 */
public class BootstrappingAdministrator {

    private static final Set<Role> ADMINISTRATOR_ROLES = Set.of(Role.USER, Role.ADMIN);
    private static final PersonName ADMINISTRATOR_NAME = new PersonName("Administrator");
    private static final String REASON = "bootstrap administrator configured at start-up";

    private final Users users;
    private final PasswordHashing passwordHashing;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public BootstrappingAdministrator(Users users, PasswordHashing passwordHashing, IntegrationEvents integrationEvents,
                                      Transactions transactions, Clock clock) {
        this.users = users;
        this.passwordHashing = passwordHashing;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AdministratorBootstrapOutcome ensureAdministrator(EmailAddress email, Password password) {
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            return grantAdministrationIfPasswordMatches(existing.get(), password);
        }
        if (users.anyHasRole(Role.ADMIN)) {
            // the installation has an administrator: the setting is only there to bootstrap one
            return AdministratorBootstrapOutcome.ADMINISTRATOR_EXISTS;
        }
        Changed<User, AccountOpened> registration = User.register(email, ADMINISTRATOR_NAME, Language.DEFAULT,
                passwordHashing.hash(password), ADMINISTRATOR_ROLES, clock.instant());
        User user = registration.aggregate();
        try {
            transactions.inTransaction(() -> {
                users.add(user);
                integrationEvents.accountOpened(registration.event());
                integrationEvents.securityEventRecorded(
                        SecurityEvent.success(SecurityAction.USER_REGISTERED, user.registeredAt())
                                .concerning(user).detail(REASON));
            });
            return AdministratorBootstrapOutcome.CREATED;
        } catch (EmailTakenConflict anotherReplicaOrARegistrationWasFaster) {
            User created = users.findByEmail(email).orElseThrow(() -> anotherReplicaOrARegistrationWasFaster);
            return grantAdministrationIfPasswordMatches(created, password);
        }
    }

    /**
     * The address alone proves nothing: it may have changed hands since the administrator left it. Knowing the
     * configured password does (a replica that created the account a moment ago passes too).
     */
    private AdministratorBootstrapOutcome grantAdministrationIfPasswordMatches(User found, Password password) {
        if (!passwordHashing.matches(password.value(), found.passwordHash())) {
            return AdministratorBootstrapOutcome.PASSWORD_MISMATCH;
        }
        return grantAdministration(found);
    }

    private AdministratorBootstrapOutcome grantAdministration(User found) {
        if (found.lacking(ADMINISTRATOR_ROLES).isEmpty()) {
            return AdministratorBootstrapOutcome.UNCHANGED;
        }
        return transactions.inTransaction(() -> {
            // locked and checked again: replicas starting together promote once between them
            User user = users.lockById(found.id()).orElseThrow();
            Instant now = clock.instant();
            Changed<User, RolesChanged> promotion = user.grantRoles(ADMINISTRATOR_ROLES, null, now);
            if (!promotion.event().changesAnything()) {
                return AdministratorBootstrapOutcome.UNCHANGED;
            }
            users.update(promotion.aggregate());
            RolesChanged announcement = promotion.event();
            integrationEvents.rolesChanged(announcement);
            integrationEvents.securityEventRecorded(SecurityEvent.success(SecurityAction.ROLES_CHANGED, now)
                    .concerning(user).detail(REASON + "; roles " + announcement.previousRoles() + " -> "
                            + announcement.roles()));
            return AdministratorBootstrapOutcome.PROMOTED;
        });
    }
}
