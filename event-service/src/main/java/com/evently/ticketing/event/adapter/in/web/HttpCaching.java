package com.evently.ticketing.event.adapter.in.web;

import org.springframework.http.CacheControl;

import java.time.Duration;
import java.util.Objects;

/**
 * How long browsers and shared caches may keep a public read, and how long after that they may still show it
 * while they revalidate (with If-None-Match, answered 304 when nothing changed). Drafts are never kept by others.
 */
public record HttpCaching(Duration maxAge, Duration staleWhileRevalidate) {

    public HttpCaching {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(staleWhileRevalidate, "staleWhileRevalidate");
    }

    CacheControl forPublic() {
        return CacheControl.maxAge(maxAge).cachePublic().staleWhileRevalidate(staleWhileRevalidate);
    }

    static CacheControl forPrivate() {
        return CacheControl.noCache().cachePrivate();
    }
}
