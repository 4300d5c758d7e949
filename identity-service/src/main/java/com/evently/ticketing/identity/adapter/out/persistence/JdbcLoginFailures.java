package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.LoginFailures;
import com.evently.ticketing.identity.domain.LoginAttemptKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

@Repository
class JdbcLoginFailures implements LoginFailures {

    private final JdbcClient jdbc;

    JdbcLoginFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lockedUntil(Collection<LoginAttemptKey> keys, Instant now) {
        Instant latest = null;
        for (LoginAttemptKey key : keys) {
            Optional<Timestamp> until = jdbc.sql("""
                            SELECT locked_until FROM login_failures
                            WHERE scope = :scope AND subject = :subject AND locked_until > :now
                            """)
                    .param("scope", key.scope().name())
                    .param("subject", key.subject())
                    .param("now", Timestamp.from(now))
                    .query(Timestamp.class)
                    .optional();
            if (until.isPresent() && (latest == null || until.get().toInstant().isAfter(latest))) {
                latest = until.get().toInstant();
            }
        }
        return Optional.ofNullable(latest);
    }

    @Override
    public int recordFailure(LoginAttemptKey key, Instant now, Instant forgetBefore) {
        // One upsert, so concurrent failures on several replicas each count: none reads a stale count.
        return jdbc.sql("""
                        INSERT INTO login_failures (scope, subject, failures, last_failure_at)
                        VALUES (:scope, :subject, 1, :now)
                        ON CONFLICT (scope, subject) DO UPDATE SET
                          failures = CASE WHEN login_failures.last_failure_at < :forgetBefore THEN 1
                                          ELSE login_failures.failures + 1 END,
                          last_failure_at = :now
                        RETURNING failures
                        """)
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(forgetBefore))
                .query(Integer.class)
                .single();
    }

    @Override
    public void lockUntil(LoginAttemptKey key, Instant until) {
        jdbc.sql("UPDATE login_failures SET locked_until = :until WHERE scope = :scope AND subject = :subject")
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .param("until", Timestamp.from(until))
                .update();
    }

    @Override
    public void clear(LoginAttemptKey key) {
        jdbc.sql("DELETE FROM login_failures WHERE scope = :scope AND subject = :subject")
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .update();
    }

    @Override
    public int deleteQuietSince(Instant forgetBefore, Instant now) {
        return jdbc.sql("""
                        DELETE FROM login_failures
                        WHERE last_failure_at < :forgetBefore AND (locked_until IS NULL OR locked_until <= :now)
                        """)
                .param("forgetBefore", Timestamp.from(forgetBefore))
                .param("now", Timestamp.from(now))
                .update();
    }
}
