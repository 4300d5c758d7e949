package com.evently.ticketing.notification.testing;

import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for ticket-service's internal tickets-PDF endpoint on loopback. Answers with a real PDF unless a
 * booking was scripted to fail, and refuses calls without a service token holding {@code internal:ticket-documents}
 * signed by the test identity provider, the way the platform does (401 without a token, 403 with another). Scripts
 * are per booking, so tests sharing one stand-in don't disturb each other.
 */
public final class TicketServiceStandIn implements AutoCloseable {

    private static final Pattern TICKETS_PDF = Pattern.compile("/internal/v1/bookings/([0-9a-f-]{36})/tickets\\.pdf");

    private final HttpServer server;
    private final Map<UUID, Script> scripts = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger refusedTokens = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    private TicketServiceStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static TicketServiceStandIn start() {
        return new TicketServiceStandIn();
    }

    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** The booking's PDF is answered with {@code status} for the first {@code times} calls. */
    public void failFirst(UUID bookingId, int times, int status) {
        scripts.put(bookingId, new Script(times, status, Duration.ZERO, false));
    }

    /** ticket-service is down for this booking: every call answers {@code status}. */
    public void failAlways(UUID bookingId, int status) {
        failFirst(bookingId, Integer.MAX_VALUE, status);
    }

    /** ticket-service is back for this booking: every further call answers its PDF. */
    public void recover(UUID bookingId) {
        scripts.remove(bookingId);
        calls.remove(bookingId);
    }

    /** Every call for this booking answers only after {@code delay}. */
    public void answerSlowly(UUID bookingId, Duration delay) {
        scripts.put(bookingId, new Script(0, 0, delay, false));
    }

    /** Answers this booking with an HTML page instead of a PDF, as a misrouted proxy would. */
    public void answerWithHtml(UUID bookingId) {
        scripts.put(bookingId, new Script(0, 0, Duration.ZERO, true));
    }

    public int callsFor(UUID bookingId) {
        AtomicInteger count = calls.get(bookingId);
        return count == null ? 0 : count.get();
    }

    /** Every request that reached the stand-in, whatever its path, token or answer. */
    public int requests() {
        return requests.get();
    }

    public int refusedTokens() {
        return refusedTokens.get();
    }

    public static byte[] pdfOf(UUID bookingId) {
        return SamplePdf.withText("Tickets of booking " + bookingId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            Matcher path = TICKETS_PDF.matcher(exchange.getRequestURI().getPath());
            if (!"GET".equals(exchange.getRequestMethod()) || !path.matches()) {
                respond(exchange, 404, "application/problem+json", "{\"status\":404}".getBytes());
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!TestIdentityProvider.get().isServiceTokenWith(authorization, InternalScopes.TICKET_DOCUMENTS)) {
                refusedTokens.incrementAndGet();
                int status = authorization == null ? 401 : 403;
                respond(exchange, status, "application/problem+json", ("{\"status\":" + status + "}").getBytes());
                return;
            }
            UUID bookingId = UUID.fromString(path.group(1));
            int call = calls.computeIfAbsent(bookingId, id -> new AtomicInteger()).incrementAndGet();
            Script script = scripts.getOrDefault(bookingId, Script.HEALTHY);
            if (!script.delay().isZero()) {
                Thread.sleep(script.delay());
            }
            if (script.html()) {
                respond(exchange, 200, "text/html", "<html>Sign in</html>".getBytes());
            } else if (call <= script.failingCalls()) {
                respond(exchange, script.failureStatus(), "application/problem+json",
                        ("{\"status\":" + script.failureStatus() + "}").getBytes());
            } else {
                respond(exchange, 200, "application/pdf", pdfOf(bookingId));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Script(int failingCalls, int failureStatus, Duration delay, boolean html) {
        static final Script HEALTHY = new Script(0, 0, Duration.ZERO, false);
    }
}
