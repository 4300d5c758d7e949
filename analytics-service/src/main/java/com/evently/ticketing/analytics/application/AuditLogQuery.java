package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.AuditFilter;
import com.evently.ticketing.platform.domain.Paging;

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
        Paging.check(page, size, MAX_SIZE);
    }
}
