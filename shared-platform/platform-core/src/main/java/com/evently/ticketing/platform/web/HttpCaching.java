package com.evently.ticketing.platform.web;

import org.springframework.http.CacheControl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How long browsers and shared caches may keep a public read, and how long after that they may still show it
 * while they revalidate (with If-None-Match, answered 304 when nothing changed). What only its caller may see is
 * never kept by others.
 * <p>
 * A read that has no version of its own is tagged by a digest of what it says ({@link #strongTagOf},
 * {@link #weakTagOf}). Spring MVC compares a GET's If-None-Match with the ETag of a {@code ResponseEntity} and
 * answers 304 itself, keeping the headers set on the entity: Cache-Control must be among them, or the gateway
 * would stamp the 304 {@code no-store}.
 */
public record HttpCaching(Duration maxAge, Duration staleWhileRevalidate) {

    /** 128 bits of SHA-256: no two contents a client will ever compare share a tag. */
    private static final int TAG_BYTES = 16;

    public HttpCaching {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(staleWhileRevalidate, "staleWhileRevalidate");
    }

    public CacheControl forPublic() {
        return CacheControl.maxAge(maxAge).cachePublic().staleWhileRevalidate(staleWhileRevalidate);
    }

    public static CacheControl forPrivate() {
        return CacheControl.noCache().cachePrivate();
    }

    /** A strong entity tag for a body sent exactly as {@code body}: equal bytes, equal tag. */
    public static String strongTagOf(String body) {
        return "\"" + digestOf(body) + "\"";
    }

    /**
     * A weak entity tag for a body rendered from {@code content}, a text that names everything the body says:
     * equal content, equal tag, whatever the rendering's bytes.
     */
    public static String weakTagOf(String content) {
        return "W/" + strongTagOf(content);
    }

    private static String digestOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, TAG_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
