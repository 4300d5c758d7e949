package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.application.port.out.PassTokens;
import com.evently.ticketing.ticket.domain.CheckInWindow;
import com.evently.ticketing.ticket.domain.PassIssuer;
import com.evently.ticketing.ticket.domain.PassKey;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Signs the passes of tickets being issued with the active pass key, framed by the service's check-in window.
 * The first key is made when it is first needed, so that a fresh installation needs no set-up step.
 */
public class SigningPasses {

    private final PassKeys keys;
    private final PassTokens tokens;
    private final CheckInWindow window;
    private final SecureRandom random;
    private final Clock clock;

    public SigningPasses(PassKeys keys, PassTokens tokens, CheckInWindow window, SecureRandom random, Clock clock) {
        this.keys = keys;
        this.tokens = tokens;
        this.window = window;
        this.random = random;
        this.clock = clock;
    }

    /** An issuer signing with the key active now; call inside the transaction that stores the tickets. */
    public PassIssuer withActiveKey() {
        PassKey key = activeKey();
        return (ticketId, eventId, sessionId, ticketTypeId, holder, event) -> tokens.sign(
                window.claimsFor(ticketId, eventId, sessionId, ticketTypeId, holder, event), key);
    }

    PassKey activeKey() {
        return keys.active().orElseGet(() -> keys.activateUnlessOneIsActive(PassKey.generate(random, clock.instant())));
    }
}
