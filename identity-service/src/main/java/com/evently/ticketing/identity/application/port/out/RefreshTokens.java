package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.RefreshToken;

/** Refresh tokens handed out, kept by hash only. */
public interface RefreshTokens {

    void add(RefreshToken token);
}
