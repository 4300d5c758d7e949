package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.KnownLoginAddresses;
import com.evently.ticketing.identity.domain.ClientAddress;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

final class InMemoryKnownLoginAddresses implements KnownLoginAddresses {

    private record AccountAtAddress(String account, ClientAddress address) {
    }

    private final Map<AccountAtAddress, Instant> lastLogin = new HashMap<>();

    @Override
    public boolean isKnown(String account, ClientAddress address, Instant since) {
        Instant last = lastLogin.get(new AccountAtAddress(account, address));
        return last != null && !last.isBefore(since);
    }

    @Override
    public void remember(String account, ClientAddress address, Instant loggedInAt) {
        lastLogin.put(new AccountAtAddress(account, address), loggedInAt);
    }
}
