package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordHash;

/** A deliberately slow, salted password hash. */
public interface PasswordHashing {

    PasswordHash hash(Password password);

    /** Whether {@code candidate} is the password behind {@code hash}; takes the same time whatever the answer. */
    boolean matches(String candidate, PasswordHash hash);
}
