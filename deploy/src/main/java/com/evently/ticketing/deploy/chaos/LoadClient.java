package com.evently.ticketing.deploy.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.evently.ticketing.deploy.chaos.ClientLedger.Outcome;

/**
 * One user booking and cancelling through the gateway until told to stop. Every write carries an idempotency key;
 * when an attempt ends inconclusively (5xx, timeout, refused connection) the same request is sent again with the
 * same key until an answer says what happened, as a careful client would.
 */
final class LoadClient implements Runnable {

    private static final double CANCEL_SHARE = 0.35;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(4);

    /** One inventory line of the event under load. */
    record Line(String eventId, String sessionId, String ticketTypeId) {

        Map<String, Object> booking(int quantity) {
            return Map.of("eventId", eventId, "sessionId", sessionId, "ticketTypeId", ticketTypeId,
                    "quantity", quantity);
        }
    }

    /** Shared by the driver and its clients: whether to start new writes, and until when to retry old ones. */
    static final class Control {
        private volatile boolean loadRunning = true;
        private volatile Instant retryUntil = Instant.MAX;

        void stopLoad(Duration keepRetrying) {
            retryUntil = Instant.now().plus(keepRetrying);
            loadRunning = false;
        }

        boolean loadRunning() {
            return loadRunning;
        }

        boolean mayRetry() {
            return Instant.now().isBefore(retryUntil);
        }
    }

    private final ApiClient api;
    private final String email;
    private final String password;
    private final List<Line> lines;
    private final ClientLedger ledger;
    private final Control control;
    private final Duration thinkTime;
    private final Random random;
    private final List<UUID> myConfirmedBookings = new ArrayList<>();
    private String token;

    LoadClient(ApiClient api, String email, String password, List<Line> lines, ClientLedger ledger, Control control,
               Duration thinkTime, long seed) {
        this.api = api;
        this.email = email;
        this.password = password;
        this.lines = List.copyOf(lines);
        this.ledger = ledger;
        this.control = control;
        this.thinkTime = thinkTime;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        token = logIn();
        while (control.loadRunning() && token != null) {
            if (!myConfirmedBookings.isEmpty() && random.nextDouble() < CANCEL_SHARE) {
                cancel(myConfirmedBookings.remove(random.nextInt(myConfirmedBookings.size())));
            } else {
                book(lines.get(random.nextInt(lines.size())), 1 + random.nextInt(2));
            }
            pause(thinkTime.toMillis() / 2 + random.nextLong(thinkTime.toMillis()));
        }
    }

    private void book(Line line, int quantity) {
        String key = UUID.randomUUID().toString();
        ledger.began("book", key);
        Map<String, Object> body = line.booking(quantity);
        ApiClient.Reply reply = untilConclusive(key, () -> api.post("/api/v1/bookings", token, body, key));
        if (reply.isSuccess()) {
            UUID booking = UUID.fromString(reply.json().path("id").asString());
            myConfirmedBookings.add(booking);
            ledger.ended(key, Outcome.BOOKED, booking, reply);
        } else if (reply.status() == 409 && reply.problemType().endsWith("sold-out")) {
            ledger.ended(key, Outcome.SOLD_OUT, null, reply);
        } else if (reply.status() == 409) {
            ledger.ended(key, Outcome.REFUSED, null, reply);
        } else if (reply.isInconclusive()) {
            ledger.ended(key, Outcome.UNRESOLVED, null, reply);
        } else {
            ledger.ended(key, Outcome.REFUSED, null, reply);
            ledger.unexpected("booking " + body, reply);
        }
    }

    private void cancel(UUID booking) {
        String key = UUID.randomUUID().toString();
        ledger.began("cancel", key);
        String path = "/api/v1/bookings/" + booking + "/cancel";
        ApiClient.Reply reply = untilConclusive(key, () -> api.post(path, token, null, key));
        if (reply.isSuccess()) {
            ledger.ended(key, Outcome.CANCELLED, booking, reply);
        } else if (reply.status() == 409 && reply.problemType().endsWith("booking-cancelled")) {
            // an earlier attempt that looked failed did cancel it: the answer says so
            ledger.ended(key, Outcome.CANCELLED, booking, reply);
        } else if (reply.isInconclusive()) {
            ledger.ended(key, Outcome.UNRESOLVED, booking, reply);
        } else {
            ledger.ended(key, Outcome.REFUSED, booking, reply);
            ledger.unexpected("cancelling " + booking, reply);
        }
    }

    /** Sends until the answer is conclusive, renewing the token when it expired, or until retrying must end. */
    private ApiClient.Reply untilConclusive(String key, Supplier<ApiClient.Reply> attempt) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            ApiClient.Reply reply = attempt.get();
            ledger.attempted(key, reply);
            boolean tryAgain = reply.isInconclusive() || reply.status() == 429 || reply.status() == 401;
            if (!tryAgain || !control.mayRetry()) {
                return reply;
            }
            if (reply.status() == 401) {
                String renewed = logIn();
                if (renewed != null) {
                    token = renewed;
                }
            }
            pause(backoff.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** @return the access token, or null when no login succeeded before retrying had to end */
    private String logIn() {
        while (control.mayRetry()) {
            ApiClient.Reply reply = api.post("/api/v1/auth/login", null,
                    Map.of("email", email, "password", password), null);
            if (reply.status() == 200) {
                return reply.json().path("accessToken").asString();
            }
            pause(1_000);
        }
        return null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
