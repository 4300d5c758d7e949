package com.evently.ticketing.identity.adapter.out.persistence;

import com.evently.ticketing.identity.application.port.out.LoginFailures;
import com.evently.ticketing.identity.domain.LoginAttemptKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
    public OptionalInt reserve(LoginAttemptKey key, Instant now, Instant forgetBefore) {
        // One upsert that both checks the lock and counts, under the row's lock until the transaction ends: of
        // concurrent attempts on several replicas, each sees the count and the lock the previous one left.
        List<Integer> attempts = jdbc.sql("""
                        INSERT INTO login_failures (scope, subject, failures, last_failure_at)
                        VALUES (:scope, :subject, 1, :now)
                        ON CONFLICT (scope, subject) DO UPDATE SET
                          failures = CASE WHEN login_failures.last_failure_at < :forgetBefore THEN 1
                                          ELSE login_failures.failures + 1 END,
                          last_failure_at = :now
                        WHERE login_failures.locked_until IS NULL OR login_failures.locked_until <= :now
                        RETURNING failures
                        """)
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(forgetBefore))
                .query(Integer.class)
                .list();
        return attempts.isEmpty() ? OptionalInt.empty() : OptionalInt.of(attempts.getFirst());
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
    public void giveBack(LoginAttemptKey key) {
        jdbc.sql("""
                        UPDATE login_failures SET failures = greatest(failures - 1, 0), locked_until = NULL
                        WHERE scope = :scope AND subject = :subject
                        """)
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .update();
    }

    @Override
    public void clear(LoginAttemptKey key) {
        jdbc.sql("DELETE FROM login_failures WHERE scope = :scope AND subject = :subject")
                .param("scope", key.scope().name())
                .param("subject", key.subject())
                .update();
    }
}
