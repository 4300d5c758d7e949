package com.evently.ticketing.platform.web;

import java.util.List;

/** A page of a list, shaped as API.md prescribes: the items and where they sit in the whole. */
public record PageResponse<T>(List<T> items, PageMetadata page) {

    public record PageMetadata(int number, int size, long totalElements, int totalPages) {
    }

    public static <T> PageResponse<T> of(List<T> items, int number, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new PageResponse<>(List.copyOf(items), new PageMetadata(number, size, totalElements, totalPages));
    }
}
