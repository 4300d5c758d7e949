package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.PassVerificationKey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Pass keys in a list, the last one active. */
final class InMemoryPassKeys implements PassKeys {

    private final List<PassKey> keys = new ArrayList<>();

    @Override
    public Optional<PassKey> active() {
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.getLast());
    }

    @Override
    public PassKey activateUnlessOneIsActive(PassKey candidate) {
        if (keys.isEmpty()) {
            keys.add(candidate);
        }
        return keys.getLast();
    }

    @Override
    public void holdRotationLock() {
        // one thread at a time in the fast tests
    }

    @Override
    public void rotateTo(PassKey next) {
        keys.add(next);
    }

    @Override
    public int deleteRetiredWithoutLivePasses(Instant now, Duration checkInClosesAfter, Duration clockSkew) {
        // which passes still admit is a question about stored tickets: CheckInPassTest asks the real tables
        throw new UnsupportedOperationException("not kept in memory");
    }

    @Override
    public List<PassVerificationKey> verificationKeys() {
        return keys.stream().sorted(Comparator.comparing(PassKey::createdAt).reversed())
                .map(PassKey::verificationKey).toList();
    }
}
