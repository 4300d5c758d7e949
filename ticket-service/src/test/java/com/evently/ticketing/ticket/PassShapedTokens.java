package com.evently.ticketing.ticket;

import com.evently.ticketing.ticket.domain.CheckInPass;

import java.util.Base64;
import java.util.Random;

/** Passes of the size and alphabet of a signed one, without the cost of signing: what QR codes are drawn from. */
public final class PassShapedTokens {

    /** Three base64url parts like a compact JWS of 256 to 380 characters. */
    public static CheckInPass next(Random random) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        byte[] header = new byte[24];
        byte[] claims = new byte[100 + random.nextInt(100)];
        byte[] signature = new byte[64];
        random.nextBytes(header);
        random.nextBytes(claims);
        random.nextBytes(signature);
        return new CheckInPass(base64.encodeToString(header) + "." + base64.encodeToString(claims) + "."
                + base64.encodeToString(signature));
    }

    private PassShapedTokens() {
    }
}
