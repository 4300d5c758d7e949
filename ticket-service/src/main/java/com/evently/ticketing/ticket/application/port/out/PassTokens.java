package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckInPass;
import com.evently.ticketing.ticket.domain.PassClaims;
import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.PassVerificationKey;

import java.util.List;

/** Writes pass claims as a signed token, and reads one back only when a known key signed it unaltered. */
public interface PassTokens {

    CheckInPass sign(PassClaims claims, PassKey key);

    PassReading read(String token, List<PassVerificationKey> keys);
}
