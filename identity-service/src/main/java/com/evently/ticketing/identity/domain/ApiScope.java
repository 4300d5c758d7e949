package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API client may be granted, under the names its tokens carry in {@code scope} and every service
 * enforces (platform-core's {@code ClientScopes} and {@code ScopeRestrictedEndpoints}).
 */
public enum ApiScope {
    EVENTS_READ("events:read"),
    EVENTS_WRITE("events:write"),
    BOOKINGS_READ("bookings:read"),
    ATTENDEES_READ("attendees:read"),
    CHECK_IN_WRITE("check-in:write"),
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The scope called exactly {@code value}; refuses anything else, naming the scopes there are. */
    public static ApiScope named(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInput("unknown scope '" + value + "'; scopes are " + valueList()));
    }

    public static Set<ApiScope> allNamed(Collection<String> values) {
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        values.forEach(value -> scopes.add(named(value)));
        return Collections.unmodifiableSet(scopes);
    }

    /** RFC 6749 §3.3: scopes in one string, separated by spaces. */
    public static String joined(Set<ApiScope> scopes) {
        return EnumSet.copyOf(scopes).stream().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    private static String valueList() {
        return Arrays.stream(values()).map(ApiScope::value).collect(Collectors.joining(", "));
    }
}
