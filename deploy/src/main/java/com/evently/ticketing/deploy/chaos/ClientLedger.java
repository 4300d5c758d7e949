package com.evently.ticketing.deploy.chaos;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the clients saw: every write by its idempotency key, whether an attempt of it ended inconclusively (5xx, no
 * answer) and what it finally came to. The checks compare it with what the services committed.
 */
final class ClientLedger {

    enum Outcome { PENDING, BOOKED, SOLD_OUT, REFUSED, CANCELLED, UNRESOLVED }

    record Write(String kind, String idempotencyKey, Outcome outcome, UUID bookingId, int inconclusiveAttempts,
                 String lastReply) {
    }

    private final Map<String, Write> writes = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong inconclusive = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final Set<String> unexpectedReplies = ConcurrentHashMap.newKeySet();

    void began(String kind, String key) {
        writes.put(key, new Write(kind, key, Outcome.PENDING, null, 0, ""));
    }

    /** Every exchange of a write, the last one included. */
    void attempted(String key, ApiClient.Reply reply) {
        requests.incrementAndGet();
        if (reply.isInconclusive()) {
            inconclusive.incrementAndGet();
            writes.computeIfPresent(key, (k, write) -> new Write(write.kind(), k, write.outcome(), write.bookingId(),
                    write.inconclusiveAttempts() + 1, reply.toString()));
        }
    }

    void ended(String key, Outcome outcome, UUID bookingId, ApiClient.Reply reply) {
        writes.computeIfPresent(key, (k, write) -> new Write(write.kind(), k, outcome, bookingId,
                write.inconclusiveAttempts(), reply.toString()));
    }

    /** A reply no client of a healthy system should get (400, 422, a 404 on its own booking...). */
    void unexpected(String what, ApiClient.Reply reply) {
        unexpected.incrementAndGet();
        if (unexpectedReplies.size() < 20) {
            unexpectedReplies.add(what + " → " + reply);
        }
    }

    List<Write> writes() {
        return List.copyOf(writes.values());
    }

    /** Every booking a client learnt the id of, by a first answer or by a replay. */
    Set<UUID> learntBookings() {
        return writes.values().stream().filter(write -> write.kind().equals("book") && write.bookingId() != null)
                .map(Write::bookingId).collect(Collectors.toSet());
    }

    long requests() {
        return requests.get();
    }

    long inconclusiveReplies() {
        return inconclusive.get();
    }

    long unexpectedReplies() {
        return unexpected.get();
    }

    Set<String> unexpectedExamples() {
        return Set.copyOf(unexpectedReplies);
    }
}
