package com.evently.ticketing.testsupport;

import java.util.List;
import java.util.UUID;

/** A caller in a test, with a bearer token signed by {@link TestIdentityProvider}. */
public record TestUser(UUID id, String email, String name, List<String> roles) {

    public static TestUser withRoles(String... roles) {
        UUID id = UUID.randomUUID();
        return new TestUser(id, "user-" + id.toString().substring(0, 8) + "@example.com", "Test User", List.of(roles));
    }

    public static TestUser attendee() {
        return withRoles("USER");
    }

    public static TestUser organizer() {
        return withRoles("USER", "ORGANIZER");
    }

    public static TestUser admin() {
        return withRoles("USER", "ADMIN");
    }

    /** The value of an {@code Authorization} header. */
    public String bearer() {
        return "Bearer " + TestIdentityProvider.get().accessToken(this);
    }
}
