package com.evently.ticketing.identity;

import java.util.Map;
import java.util.UUID;

/** A person who has not registered yet, with an address no other test uses. */
record Account(String email, String password, String name) {

    static Account fresh() {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        return new Account("person-" + unique + "@example.com", "correct horse " + unique, "Person " + unique);
    }

    Account withPassword(String newPassword) {
        return new Account(email, newPassword, name);
    }

    Map<String, String> registration() {
        return Map.of("email", email, "password", password, "name", name);
    }

    Map<String, String> credentials() {
        return Map.of("email", email, "password", password);
    }
}
