package com.evently.ticketing.gateway.ratelimit;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * What a session refresh is counted under: a digest of the refresh token in its JSON body
 * ({@code {"refreshToken": "..."}}) or, for the web UI, in its session cookie, so that neither the token nor
 * anything it could be recovered from ends up in Redis keys or logs.
 */
final class RefreshTokenKey {

    /** Far longer than any token identity issues; a longer value is no refresh token, and is not hashed. */
    private static final int MAX_TOKEN_LENGTH = 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RefreshTokenKey() {
    }

    /** identity-service's header that makes a refresh read the cookie instead of the body. */
    static final String SESSION_COOKIE_HEADER = "X-Session-Cookie";
    /** identity-service's cookie holding the web UI's refresh token. */
    static final String SESSION_COOKIE = "__Secure-refresh-token";

    /** Empty when the cookie holds no plausible refresh token (blank, too long). */
    static Optional<String> ofCookie(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(digest(value));
    }

    /** Empty when the body holds no plausible refresh token (not JSON, no such field, blank, too long). */
    static Optional<String> of(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode token = JSON.readTree(body).path("refreshToken");
            if (!token.isString() || token.asString().isBlank() || token.asString().length() > MAX_TOKEN_LENGTH) {
                return Optional.empty();
            }
            return Optional.of(digest(token.asString()));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
