package com.evently.ticketing.platform.domain;

/**
 * The one check of the page a list is asked for, so that every list of every service refuses a bad page or size
 * with the same 400 message: pages count from 0, and a page holds 1 to the list's most rows.
 */
public final class Paging {

    private Paging() {
    }

    /** @throws InvalidInput for a page before the first or a size outside 1 to {@code maxSize} */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidInput("'page' counts from 0, was " + page);
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidInput("'size' is 1 to " + maxSize + ", was " + size);
        }
    }
}
