package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The web UI's page where a reset token is redeemed; a reset mail links to it with the token as {@code ?token=}. */
public record ResetPage(URI url) {

    static final String PATH = "/reset-password";

    public ResetPage {
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute() || url.getHost() == null
                || !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw new InvalidInput("The reset page needs an absolute http(s) address, was " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new InvalidInput("The reset page address takes no query or fragment, was " + url);
        }
    }

    /** The page under the web UI's base address, which may itself sit below a path ({@code https://host/app}). */
    public static ResetPage under(URI webBaseUrl) {
        Objects.requireNonNull(webBaseUrl, "webBaseUrl");
        String base = webBaseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new ResetPage(URI.create(base + PATH));
    }

    public URI linkFor(ResetToken token) {
        return URI.create(url + "?token=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8));
    }
}
