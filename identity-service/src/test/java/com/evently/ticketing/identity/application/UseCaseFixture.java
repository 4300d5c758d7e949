package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicy;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.testsupport.SteppingClock;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** The in-memory outbound ports and the accounts the fast use-case tests share. */
class UseCaseFixture {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");
    static final String PASSWORD = "a long passphrase 1";

    final SteppingClock clock = new SteppingClock(NOW);
    final InMemoryUsers users = new InMemoryUsers();
    final PlainPasswordHashing passwordHashing = new PlainPasswordHashing();
    final PasswordPolicy passwordPolicy = new PasswordPolicy(Set.of("password123"));
    final RecordingIntegrationEvents integrationEvents = new RecordingIntegrationEvents();
    final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    final ImmediateTransactions transactions = new ImmediateTransactions();

    /** An enabled account with {@link #PASSWORD} and the given roles besides USER, stored. */
    User existingUser(String email, Role... roles) {
        Set<Role> granted = EnumSet.of(Role.USER);
        granted.addAll(Set.of(roles));
        User user = User.register(new EmailAddress(email), new PersonName("Ana Lima"), Language.DEFAULT,
                passwordHashing.hash(new Password(PASSWORD)), granted, NOW.minusSeconds(3600)).aggregate();
        users.add(user);
        return user;
    }

    User disabledUser(String email) {
        User user = existingUser(email).withEnabled(false);
        users.update(user);
        return user;
    }

    static Caller callerOf(User user) {
        return new Caller(user.id(), user.roles());
    }
}
