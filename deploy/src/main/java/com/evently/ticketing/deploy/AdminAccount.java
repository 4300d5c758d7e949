package com.evently.ticketing.deploy;

import java.util.Map;
import java.util.Objects;

/**
 * The administrator identity-service creates on its first start, so a fresh suite can be logged into.
 *
 * @param passwordGenerated true when nobody chose the password, so the launcher must show it once
 */
public record AdminAccount(String email, String password, boolean passwordGenerated) {

    public static final String DEFAULT_EMAIL = "admin@ticketing.local";

    public AdminAccount {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        if (!email.contains("@")) {
            throw new IllegalArgumentException("admin e-mail must be an address, was '" + email + "'");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("admin password must not be blank");
        }
    }

    /** The default address with a fresh random password. */
    public static AdminAccount generated() {
        return new AdminAccount(DEFAULT_EMAIL, RandomSecrets.password(), true);
    }

    /** BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD as identity-service reads them, with local fallbacks. */
    public static AdminAccount fromEnvironment(Map<String, String> environment) {
        String email = valueOrNull(environment, "BOOTSTRAP_ADMIN_EMAIL");
        String password = valueOrNull(environment, "BOOTSTRAP_ADMIN_PASSWORD");
        return new AdminAccount(
                email == null ? DEFAULT_EMAIL : email,
                password == null ? RandomSecrets.password() : password,
                password == null);
    }

    private static String valueOrNull(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "AdminAccount[email=" + email + "]";
    }
}
