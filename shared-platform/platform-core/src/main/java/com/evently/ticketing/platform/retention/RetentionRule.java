package com.evently.ticketing.platform.retention;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rows of one table that may go once they are older than {@code keep}, judged by {@code ageColumn}. A service
 * declares its rules as beans; the {@link RetentionPurge} deletes what they allow, in bounded batches.
 *
 * @param onlyWhere a further SQL condition the rows must meet (e.g. only mails that were sent), or empty; it is
 *                  code, never input
 */
public record RetentionRule(String table, String ageColumn, Duration keep, String onlyWhere) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public RetentionRule {
        requireIdentifier(table);
        requireIdentifier(ageColumn);
        Objects.requireNonNull(keep, "keep");
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("a retention must be positive, got " + keep + " for " + table);
        }
        onlyWhere = onlyWhere == null ? "" : onlyWhere.strip();
    }

    public static RetentionRule of(String table, String ageColumn, Duration keep) {
        return new RetentionRule(table, ageColumn, keep, "");
    }

    public RetentionRule onlyWhere(String condition) {
        return new RetentionRule(table, ageColumn, keep, condition);
    }

    /**
     * One batch: the subquery bounds how many rows a statement deletes, and so how long it holds their locks;
     * SKIP LOCKED lets two replicas purging at once take different rows instead of waiting for each other.
     */
    String deleteBatchSql() {
        String condition = ageColumn + " < :cutoff" + (onlyWhere.isEmpty() ? "" : " AND (" + onlyWhere + ")");
        return "DELETE FROM " + table + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + table + " WHERE " + condition
                + " LIMIT :batch FOR UPDATE SKIP LOCKED))";
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
        }
    }
}
