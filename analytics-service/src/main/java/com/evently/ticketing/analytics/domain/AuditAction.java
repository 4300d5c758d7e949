package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What was done, as identity-service names it ({@code LOGIN_FAILED}, {@code ROLES_CHANGED}…). Kept as a name,
 * not an enum: identity may add actions, and the audit log keeps them as they come.
 */
public record AuditAction(String name) {

    private static final Pattern UPPER_SNAKE_CASE = Pattern.compile("[A-Z][A-Z_]{0,63}");

    public AuditAction {
        Objects.requireNonNull(name, "name");
        if (!UPPER_SNAKE_CASE.matcher(name).matches()) {
            throw new InvalidInput(
                    "An audit action is an upper-case word like LOGIN_FAILED, at most 64 characters");
        }
    }
}
