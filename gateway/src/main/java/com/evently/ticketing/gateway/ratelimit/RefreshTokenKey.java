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
 * ({@code {"refreshToken": "..."}}), so that neither the token nor anything it could be recovered from ends up
 * in Redis keys or logs.
 */
final class RefreshTokenKey {

    /** Far longer than any token identity issues; a longer value is no refresh token, and is not hashed. */
    private static final int MAX_TOKEN_LENGTH = 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RefreshTokenKey() {
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
