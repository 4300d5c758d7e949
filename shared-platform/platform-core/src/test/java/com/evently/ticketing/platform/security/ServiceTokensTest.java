package com.evently.ticketing.platform.security;

import com.evently.ticketing.testsupport.SteppingClock;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service's token fetching against a real token endpoint and a real callee, both plain HTTP servers. */
class ServiceTokensTest {

    private static final String SCOPE = InternalScopes.TICKET_DOCUMENTS;
    private static final String CLIENT_ID = "notification-service";
    private static final String SECRET = "the-client-secret-0123456789abcdef";

    private final TokenEndpoint identity = new TokenEndpoint();
    private final Callee callee = new Callee();
    /** Starts at the real time: Spring reads a token's expiry as the time it arrived plus its expires_in. */
    private final SteppingClock clock = new SteppingClock(Instant.now());

    @BeforeEach
    void start() throws IOException {
        identity.start();
        callee.start();
    }

    @AfterEach
    void stop() {
        identity.stop();
        callee.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void callsWithABearerTokenOfTheScopeAuthenticatedWithTheClientsSecret() {
        assertThat(client(SECRET).get().uri("/internal/v1/thing").retrieve().body(String.class)).isEqualTo("ok");

        assertThat(callee.authorizations()).containsExactly("Bearer token-1");
        assertThat(identity.requests()).singleElement().satisfies(request -> {
            assertThat(request.basic()).isEqualTo(CLIENT_ID + ":" + SECRET);
            assertThat(request.form()).contains("grant_type=client_credentials").contains("scope=internal%3Aticket-documents");
        });
    }

    @Test
    void keepsTheTokenUntilShortlyBeforeItExpires() {
        identity.expiresIn = Duration.ofMinutes(5);
        RestClient client = client(SECRET);

        call(client);
        clock.advance(Duration.ofMinutes(4));
        call(client);
        assertThat(identity.requests()).hasSize(1);

        // 15 s before the expiry, within refreshBeforeExpiry (30 s): the margin absorbs the real seconds between the
        // clock's start and the token's arrival on a loaded machine
        clock.advance(Duration.ofSeconds(45));
        call(client);
        assertThat(identity.requests()).hasSize(2);
        assertThat(callee.authorizations()).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void callsAtOnceWithoutATokenWaitForOneFetch() throws Exception {
        identity.delay = Duration.ofMillis(300);
        RestClient client = client(SECRET);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> client.get().uri("/internal/v1/thing").retrieve().body(String.class));
        }

        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (Future<String> answer : threads.invokeAll(calls)) {
                assertThat(answer.get()).isEqualTo("ok");
            }
        }

        assertThat(identity.requests()).hasSize(1);
        assertThat(callee.authorizations()).hasSize(16).containsOnly("Bearer token-1");
    }

    @Test
    void theTokenIsTheServicesWhoeverRequestLedToTheCall() {
        RestClient client = client(SECRET);

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("ana", null, "ROLE_USER"));
        call(client);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("ben", null, "ROLE_ADMIN"));
        call(client);

        assertThat(identity.requests()).hasSize(1);
    }

    @Test
    void aTokenTheCalleeRefusesAsInvalidIsReplacedForTheNextCall() {
        RestClient client = client(SECRET);
        call(client);
        callee.refuseNext.set(true);

        assertThatThrownBy(() -> call(client)).hasMessageContaining("401");
        call(client);

        assertThat(identity.requests()).hasSize(2);
        assertThat(callee.authorizations()).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void identityUnreachableIsAnOutageAndTheCalleeIsNotCalled() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RestClient client = client(SECRET, URI.create("http://127.0.0.1:" + closedPort + "/oauth2/token"));

        assertThatThrownBy(() -> call(client))
                .isInstanceOfSatisfying(ServiceTokenUnavailable.class, failure -> assertThat(failure.outage()).isTrue())
                .hasMessageContaining(SCOPE).hasMessageContaining("unreachable");
        assertThat(callee.authorizations()).isEmpty();
    }

    @Test
    void identityFailingOrSheddingLoadIsAnOutage() {
        RestClient client = client(SECRET);
        for (int status : new int[] {503, 500, 429}) {
            identity.status = status;

            assertThatThrownBy(() -> call(client))
                    .isInstanceOfSatisfying(ServiceTokenUnavailable.class, failure -> assertThat(failure.outage()).isTrue())
                    .hasMessageContaining("answered " + status);
        }
        assertThat(callee.authorizations()).isEmpty();
    }

    @Test
    void aSlowIdentityIsAnOutageWithinTheTimeout() {
        identity.delay = Duration.ofSeconds(3);

        assertThatThrownBy(() -> call(client(SECRET)))
                .isInstanceOfSatisfying(ServiceTokenUnavailable.class, failure -> assertThat(failure.outage()).isTrue());
    }

    @Test
    void aRefusedClientIsNoOutageAndTheSecretIsNeverInTheMessage() {
        assertThatThrownBy(() -> call(client("not-the-secret-0123456789")))
                .isInstanceOfSatisfying(ServiceTokenUnavailable.class, failure -> assertThat(failure.outage()).isFalse())
                .hasMessageContaining("answered 401")
                .message().doesNotContain("not-the-secret").doesNotContain(SECRET);

        identity.status = 400; // invalid_scope
        assertThatThrownBy(() -> call(client(SECRET)))
                .isInstanceOfSatisfying(ServiceTokenUnavailable.class, failure -> assertThat(failure.outage()).isFalse())
                .hasMessageContaining("invalid_scope");
        assertThat(callee.authorizations()).isEmpty();
    }

    @Test
    void onlyInternalScopesAreAskedFor() {
        ServiceTokens tokens = new ServiceTokens(properties(SECRET, identity.uri()), clock);

        assertThatThrownBy(() -> tokens.interceptorFor("events:read")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aServiceWithoutItsSecretDoesNotStart() {
        assertThatThrownBy(() -> new ServiceClientConfiguration().serviceTokens(properties(" ", identity.uri()), clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ServiceClientConfiguration.SECRET_VARIABLE);
        assertThat(properties(SECRET, identity.uri()).toString()).doesNotContain(SECRET);
    }

    private static void call(RestClient client) {
        client.get().uri("/internal/v1/thing").retrieve().body(String.class);
    }

    private RestClient client(String secret) {
        return client(secret, identity.uri());
    }

    private RestClient client(String secret, URI tokenUri) {
        ServiceTokens tokens = new ServiceTokens(properties(secret, tokenUri), clock);
        return RestClient.builder().baseUrl(callee.uri().toString()).requestInterceptor(tokens.interceptorFor(SCOPE))
                .build();
    }

    private static ServiceClientProperties properties(String secret, URI tokenUri) {
        return new ServiceClientProperties(tokenUri, CLIENT_ID, secret, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    private record TokenRequest(String basic, String form) {
    }

    /** identity's token endpoint: numbered tokens, or the status it is told to answer with. */
    private static final class TokenEndpoint {

        private HttpServer server;
        private final List<TokenRequest> requests = new CopyOnWriteArrayList<>();
        private final AtomicInteger issued = new AtomicInteger();
        volatile Duration expiresIn = Duration.ofMinutes(5);
        volatile Duration delay = Duration.ZERO;
        volatile int status = 200;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/oauth2/token", this::handle);
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token");
        }

        List<TokenRequest> requests() {
            return requests;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String authorization = exchange.getRequestHeaders().getFirst("Authorization");
                String basic = authorization == null ? null : new String(Base64.getDecoder()
                        .decode(authorization.substring("Basic ".length())), StandardCharsets.UTF_8);
                requests.add(new TokenRequest(basic, new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
                Thread.sleep(delay);
                if (!(CLIENT_ID + ":" + SECRET).equals(basic)) {
                    respond(exchange, 401, "{\"error\":\"invalid_client\"}");
                } else if (status == 400) {
                    respond(exchange, 400, "{\"error\":\"invalid_scope\"}");
                } else if (status != 200) {
                    respond(exchange, status, "{\"error\":\"server_error\"}");
                } else {
                    respond(exchange, 200, "{\"access_token\":\"token-" + issued.incrementAndGet()
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn.toSeconds()
                            + ",\"scope\":\"" + SCOPE + "\"}");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            server.stop(0);
        }
    }

    /** An internal endpoint that records the bearer tokens it gets, and refuses one as invalid when told to. */
    private static final class Callee {

        private HttpServer server;
        private final List<String> authorizations = new CopyOnWriteArrayList<>();
        final AtomicReference<Boolean> refuseNext = new AtomicReference<>(false);

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> {
                try (exchange) {
                    authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                    if (refuseNext.getAndSet(false)) {
                        exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                        respond(exchange, 401, "{}");
                    } else {
                        respond(exchange, 200, "ok");
                    }
                }
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        List<String> authorizations() {
            return authorizations;
        }

        void stop() {
            server.stop(0);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
