package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.KnownUsers;
import com.evently.ticketing.notification.domain.KnownUser;
import com.evently.ticketing.notification.domain.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@code known_user}: one row per user, replaced by each newer announcement. */
public class JdbcKnownUsers implements KnownUsers {

    private final JdbcClient jdbc;

    public JdbcKnownUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(KnownUser user) {
        // the WHERE keeps the newer state when an older announcement is consumed late (a redrive from the DLT)
        jdbc.sql("""
                        INSERT INTO known_user (user_id, email, name, language, as_of)
                        VALUES (:userId, :email, :name, :language, :asOf)
                        ON CONFLICT (user_id) DO UPDATE
                           SET email = EXCLUDED.email, name = EXCLUDED.name, language = EXCLUDED.language,
                               as_of = EXCLUDED.as_of
                         WHERE known_user.as_of <= EXCLUDED.as_of
                        """)
                .param("userId", user.userId())
                .param("email", user.contact().email())
                .param("name", user.contact().name())
                .param("language", user.mailLanguage().map(Locale::getLanguage).orElse(null))
                .param("asOf", Timestamp.from(user.asOf()))
                .update();
    }

    @Override
    public Optional<KnownUser> find(UUID userId) {
        return jdbc.sql("SELECT user_id, email, name, language, as_of FROM known_user WHERE user_id = :userId")
                .param("userId", userId)
                .query((row, number) -> new KnownUser(row.getObject("user_id", UUID.class),
                        new Recipient(row.getString("email"), row.getString("name")),
                        row.getString("language") == null ? null : Locale.forLanguageTag(row.getString("language")),
                        row.getTimestamp("as_of").toInstant()))
                .optional();
    }

    @Override
    public Optional<Locale> languageAt(String email) {
        // the same expression as the index; should two users have held the address, the later announcement wins
        return jdbc.sql("""
                        SELECT language FROM known_user WHERE lower(email) = lower(:email)
                         ORDER BY as_of DESC LIMIT 1
                        """)
                .param("email", email)
                .query((row, number) -> Optional.ofNullable(row.getString("language")))
                .optional()
                .flatMap(language -> language.map(Locale::forLanguageTag));
    }
}
