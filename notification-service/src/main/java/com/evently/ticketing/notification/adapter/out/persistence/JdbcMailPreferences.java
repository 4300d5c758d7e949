package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.domain.MailPreferences;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/** Users' choices of optional mails ({@code mail_preference}); no row means everything. */
public class JdbcMailPreferences implements MailPreferencesStore {

    private final JdbcClient jdbc;

    public JdbcMailPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MailPreferences of(UUID userId) {
        return jdbc.sql("SELECT reminders, event_changes FROM mail_preference WHERE user_id = :userId")
                .param("userId", userId)
                .query((row, number) -> new MailPreferences(userId, row.getBoolean("reminders"),
                        row.getBoolean("event_changes")))
                .optional()
                .orElseGet(() -> MailPreferences.everything(userId));
    }

    @Override
    public void save(MailPreferences preferences) {
        jdbc.sql("""
                        INSERT INTO mail_preference (user_id, reminders, event_changes, updated_at)
                        VALUES (:userId, :reminders, :eventChanges, now())
                        ON CONFLICT (user_id) DO UPDATE
                           SET reminders = EXCLUDED.reminders, event_changes = EXCLUDED.event_changes,
                               updated_at = EXCLUDED.updated_at
                        """)
                .param("userId", preferences.userId())
                .param("reminders", preferences.reminders())
                .param("eventChanges", preferences.eventChanges())
                .update();
    }
}
