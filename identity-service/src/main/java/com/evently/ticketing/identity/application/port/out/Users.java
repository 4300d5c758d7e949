package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailTakenConflict;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.identity.domain.UserPage;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Role;

import java.util.Optional;
import java.util.UUID;

/** Every account the service knows. */
public interface Users {

    /**
     * Stores a new account.
     *
     * @throws EmailTakenConflict when the address is taken, even by a concurrent registration
     */
    void add(User user);

    Optional<User> findByEmail(EmailAddress email);

    Optional<User> findById(UUID id);

    /** Whether at least one account holds {@code role}. */
    boolean anyHasRole(Role role);

    /**
     * The account, locked until the current transaction ends, so that changes to one account (an
     * administrator's and the owner's) apply one after the other instead of overwriting each other.
     */
    Optional<User> lockById(UUID id);

    /**
     * Writes every field of an existing account, roles included.
     *
     * @throws EmailTakenConflict when the new address belongs to another account
     */
    void update(User user);

    UserPage search(UserSearch search);
}
