package com.evently.ticketing.analytics.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.analytics.domain.AuditFilter;

import java.util.Objects;

/**
 * @param page counted from 0
 * @param size entries per page, at most {@link #MAX_SIZE}: an export of the whole log is many pages, not one
 */
public record AuditLogQuery(AuditFilter filter, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public AuditLogQuery {
        Objects.requireNonNull(filter, "filter");
        if (page < 0) {
            throw new InvalidInput("'page' counts from 0, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("'size' is between 1 and " + MAX_SIZE + ", was " + size);
        }
    }
}
