package com.evently.ticketing.identity.adapter.out.crypto;

import com.evently.ticketing.identity.application.port.out.PasswordHashing;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordHash;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;

public class BcryptPasswordHashing implements PasswordHashing {

    /** Below this cost a hash is cheap enough to brute-force on commodity hardware (OWASP recommends 10+). */
    public static final int MINIMUM_COST = 10;

    private final BCryptPasswordEncoder encoder;

    public BcryptPasswordHashing(int cost) {
        if (cost < MINIMUM_COST || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between " + MINIMUM_COST + " and 31, not " + cost);
        }
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(encoder.encode(password.value()));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        if (candidate.getBytes(StandardCharsets.UTF_8).length > Password.MAX_BYTES) {
            // no stored password is that long, and bcrypt would refuse it (or compare a truncated copy)
            return false;
        }
        return encoder.matches(candidate, hash.encoded());
    }
}
