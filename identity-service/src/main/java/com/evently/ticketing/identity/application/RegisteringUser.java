package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.AccountOpened;
import com.evently.ticketing.identity.domain.PasswordHash;
import com.evently.ticketing.identity.domain.PasswordPolicy;
import com.evently.ticketing.identity.domain.SecurityAction;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.Set;

/** A person signs up and gets an account with the USER role. */
public class RegisteringUser {

    private final Users users;
    private final PasswordHashing passwordHashing;
    private final PasswordPolicy passwordPolicy;
    private final IntegrationEvents integrationEvents;
    private final Transactions transactions;
    private final Clock clock;

    public RegisteringUser(Users users, PasswordHashing passwordHashing, PasswordPolicy passwordPolicy,
                           IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        this.users = users;
        this.passwordHashing = passwordHashing;
        this.passwordPolicy = passwordPolicy;
        this.integrationEvents = integrationEvents;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws EmailTakenConflict when the address (in any letter case) has an account
     * @throws PasswordPolicyViolation when the password is common or made of the e-mail or name
     */
    public User register(RegisterUserCommand command) {
        passwordPolicy.check(command.password(), command.email(), command.name());
        // hashed before the transaction opens: bcrypt is slow and must not hold a connection
        PasswordHash passwordHash = passwordHashing.hash(command.password());
        Changed<User, AccountOpened> registration = User.register(command.email(), command.name(),
                command.language(), passwordHash, Set.of(Role.USER), clock.instant());
        User user = registration.aggregate();
        transactions.inTransaction(() -> {
            users.add(user);
            integrationEvents.accountOpened(registration.event());
            integrationEvents.securityEventRecorded(
                    SecurityEvent.success(SecurityAction.USER_REGISTERED, user.registeredAt())
                            .by(user.id()).concerning(user).from(command.clientAddress()));
        });
        return user;
    }
}
