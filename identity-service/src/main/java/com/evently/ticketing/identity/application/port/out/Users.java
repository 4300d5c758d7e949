package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailAlreadyRegisteredException;
import com.evently.ticketing.identity.domain.Role;
import com.evently.ticketing.identity.domain.User;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every account the service knows. */
public interface Users {

    /**
     * Stores a new account.
     *
     * @throws EmailAlreadyRegisteredException when the address is taken, even by a concurrent registration
     */
    void add(User user);

    Optional<User> findByEmail(EmailAddress email);

    Optional<User> findById(UUID id);

    /** Adds roles to an account; roles it already has are left as they are. */
    void grantRoles(UUID userId, Set<Role> roles);
}
