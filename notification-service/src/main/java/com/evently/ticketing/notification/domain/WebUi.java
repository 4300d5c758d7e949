package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Where users reach the web UI; mails link to its pages. It may sit below a path ({@code https://host/app}). */
public record WebUi(URI baseUrl) {

    public WebUi {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("https".equalsIgnoreCase(baseUrl.getScheme()) || "http".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new InvalidInput("The web UI needs an absolute http(s) address, was " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new InvalidInput("The web UI address takes no query or fragment, was " + baseUrl);
        }
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        baseUrl = URI.create(base);
    }

    /** The signed-in user's tickets, where a transferred ticket shows up for the address it was sent to. */
    public URI ticketsPage() {
        return URI.create(baseUrl + "/tickets");
    }

    /** The page that claims a ticket transferred to an address without an account (it calls {@code POST /api/v1/tickets/claims}). */
    public URI claimPage(ClaimToken token) {
        return URI.create(baseUrl + "/tickets/claim?token=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8));
    }

    /** The page where a waiting-list offer is accepted (it calls {@code POST /api/v1/waitlist-offers/{id}/accept}). */
    public URI offerPage(UUID offerId) {
        return URI.create(baseUrl + "/waitlist-offers/" + offerId);
    }
}
