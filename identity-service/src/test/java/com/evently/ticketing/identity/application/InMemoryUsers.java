package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.Users;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.EmailTakenConflict;
import com.evently.ticketing.identity.domain.User;
import com.evently.ticketing.identity.domain.UserPage;
import com.evently.ticketing.identity.domain.UserSearch;
import com.evently.ticketing.platform.domain.Role;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts in a map, with the one rule the database enforces that use cases rely on: unique addresses. */
final class InMemoryUsers implements Users {

    private final Map<UUID, User> byId = new LinkedHashMap<>();

    @Override
    public void add(User user) {
        refuseTakenAddress(user);
        byId.put(user.id(), user);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return byId.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> findById(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public boolean anyHasRole(Role role) {
        return byId.values().stream().anyMatch(user -> user.roles().contains(role));
    }

    @Override
    public Optional<User> lockById(UUID id) {
        return findById(id);
    }

    @Override
    public void update(User user) {
        if (!byId.containsKey(user.id())) {
            throw new IllegalStateException("no account " + user.id() + " to update");
        }
        refuseTakenAddress(user);
        byId.put(user.id(), user);
    }

    @Override
    public UserPage search(UserSearch search) {
        List<User> newestFirst = byId.values().stream()
                .sorted(Comparator.comparing(User::registeredAt).reversed())
                .toList();
        List<User> page = newestFirst.stream().skip(search.offset()).limit(search.size()).toList();
        return new UserPage(page, newestFirst.size());
    }

    List<User> all() {
        return List.copyOf(byId.values());
    }

    private void refuseTakenAddress(User user) {
        boolean taken = byId.values().stream()
                .anyMatch(other -> !other.id().equals(user.id()) && other.email().equals(user.email()));
        if (taken) {
            throw new EmailTakenConflict(user.email());
        }
    }
}
