package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An administrator changes what an account may do: its roles (USER always stays) and whether it may sign in.
 * Disabling an account revokes its refresh tokens.
 */
public interface AdministerUser {

    /**
     * @return the account as it is afterwards
     * @throws NotAllowedException   unless the actor is an administrator
     * @throws SelfLockoutException  when administrators would disable themselves or drop their own ADMIN role
     * @throws UserNotFoundException when no account has the id
     */
    User change(Caller actor, Change change);

    /** Absent parts stay as they are. */
    record Change(UUID userId, Optional<Set<Role>> roles, Optional<Boolean> enabled, ClientAddress clientAddress) {

        public Change {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(clientAddress, "clientAddress");
            roles = roles == null ? Optional.empty() : roles.map(Set::copyOf);
            enabled = enabled == null ? Optional.empty() : enabled;
        }
    }
}
