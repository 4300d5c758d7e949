package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.application.port.out.KnownUsers;
import com.evently.ticketing.notification.domain.KnownUser;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link KnownUsers} in a map, with the same newer-wins rule as the table. */
public final class InMemoryKnownUsers implements KnownUsers {

    private final Map<UUID, KnownUser> users = new LinkedHashMap<>();

    @Override
    public void remember(KnownUser user) {
        users.merge(user.userId(), user, (kept, announced) -> kept.asOf().isAfter(announced.asOf()) ? kept : announced);
    }

    @Override
    public Optional<KnownUser> find(UUID userId) {
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public Optional<Locale> languageAt(String email) {
        return users.values().stream()
                .filter(user -> user.contact().email().equalsIgnoreCase(email))
                .max(Comparator.comparing(KnownUser::asOf))
                .flatMap(KnownUser::mailLanguage);
    }
}
