package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.domain.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Collections;
import java.util.List;

/**
 * Where a request came from. Behind the gateway the socket peer is the gateway, which appends the caller's
 * address to {@code X-Forwarded-For}: the last entry is the one it added, the earlier ones are whatever
 * the caller claimed and are not trusted.
 */
final class ClientAddresses {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    static ClientAddress of(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders(FORWARDED_FOR));
        if (!headers.isEmpty()) {
            String lastHeader = headers.getLast();
            String lastEntry = lastHeader.substring(lastHeader.lastIndexOf(',') + 1).strip();
            if (!lastEntry.isEmpty() && lastEntry.length() <= ClientAddress.MAX_LENGTH) {
                return new ClientAddress(lastEntry);
            }
        }
        return new ClientAddress(request.getRemoteAddr());
    }

    private ClientAddresses() {
    }
}
