package com.evently.ticketing.deploy;

import static com.evently.ticketing.deploy.SharedSuite.AUTH_REQUESTS_PER_ADDRESS;
import static com.evently.ticketing.deploy.SharedSuite.MAX_FAILED_LOGINS_PER_ACCOUNT;
import static com.evently.ticketing.deploy.SharedSuite.REFRESH_TOKEN_REUSE_GRACE;
import static com.evently.ticketing.deploy.SharedSuite.RESET_TOKEN_TTL;
import static com.evently.ticketing.deploy.TicketingFlows.PROPAGATION;
import static com.evently.ticketing.deploy.TicketingFlows.awaitAvailability;
import static com.evently.ticketing.deploy.TicketingFlows.awaitTickets;
import static com.evently.ticketing.deploy.TicketingFlows.createAndPublish;
import static com.evently.ticketing.deploy.TicketingFlows.createDraft;
import static com.evently.ticketing.deploy.TicketingFlows.eventWithOneSession;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.evently.ticketing.deploy.GatewayClient.Attendee;
import com.evently.ticketing.deploy.GatewayClient.Reply;
import com.evently.ticketing.deploy.GatewayClient.Session;
import com.evently.ticketing.deploy.Mails.ReceivedMail;
import com.evently.ticketing.deploy.TicketingFlows.PublishedEvent;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The suite's defences probed from outside, through the gateway, as an attacker or a curious user would: forged
 * and altered access tokens, roles that do not open a call, other people's data, refresh and reset tokens used
 * against their rules, bodies too large or malformed, too many sign-in requests. Every refusal is checked for
 * its status and its problem body and, where something could have been stored, for having stored nothing.
 * Runs on the {@link SharedSuite}; each test works on accounts and events of its own.
 * <p>
 * Left to the gateway module's own tests: that a limit is counted across two gateway replicas sharing Redis
 * (SharedRateLimitTest) — this suite runs one gateway, counting in memory.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class SecurityIT {

    private static final String PROBLEM_TYPES = "https://ticketing.evently.dev/problems/";
    private static final String PASSWORD = "security-test-secret";
    private static final String NEW_PASSWORD = "a-fresh-start-2027";
    /** Through Kafka, then the notification service's mail queue (polled every few seconds), then SMTP. */
    private static final Duration MAIL_DELIVERY = Duration.ofSeconds(90);
    /** Linux routes all of 127.0.0.0/8 to the loopback interface: a second caller without any set-up. */
    private static final String ANOTHER_LOOPBACK_ADDRESS = "127.0.0.2";
    /** The link a reset mail carries, as the notification service writes it: {@code …/reset-password?token=…}. */
    private static final Pattern RESET_LINK = Pattern.compile("(\\S+)/reset-password\\?token=([^\\s\"<>&]+)");

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;
    private static GatewayClient gateway;
    /** identity-service with no gateway in front: every service checks tokens itself too. */
    private static GatewayClient identityDirectly;
    private static String adminToken;
    private static TokenForge tokenForge;

    @BeforeAll
    static void connect(LocalSuite sharedSuite) {
        suite = sharedSuite;
        gateway = new GatewayClient(suite.gatewayUrl());
        identityDirectly = new GatewayClient(suite.serviceUrl(Service.IDENTITY));
        adminToken = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        tokenForge = TokenForge.from(newUser("forged").token(), publishedKeys(), suite.database(),
                suite.signingKeyEncryptionKey());
    }

    // ---- access tokens ----

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                forgery("alg=none, without a signature", TokenForge::unsigned),
                forgery("HS256 keyed with the issuer's published key", TokenForge::hmacSignedWithThePublishedKey),
                forgery("expired five minutes ago", forge -> forge.signedByTheIssuer(claims -> claims
                        .issueTime(secondsFromNow(-20 * 60))
                        .expirationTime(secondsFromNow(-5 * 60)))),
                forgery("issued by someone else", forge -> forge.signedByTheIssuer(claims -> claims
                        .issuer("https://identity.attacker.example"))),
                forgery("meant for another audience", forge -> forge.signedByTheIssuer(claims -> claims
                        .audience("some-other-api"))),
                forgery("payload changed to claim ADMIN", TokenForge::withTamperedPayload),
                forgery("signed under an unknown key id", TokenForge::signedWithAnUnknownKeyId),
                forgery("signed by another key under the issuer's key id",
                        TokenForge::signedWithAForeignKeyUnderTheIssuersKeyId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void forgedOrAlteredAccessTokenIsRefusedByTheGatewayAndByTheServiceBehindIt(Function<TokenForge, String> forgery) {
        String token = forgery.apply(tokenForge);

        Reply atTheGateway = gateway.get("/api/v1/users/me", token);
        assertProblem(atTheGateway, 401, "unauthorized");
        assertThat(atTheGateway.header("WWW-Authenticate")).as("%s", atTheGateway).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        // a token is checked on a public path too: whoever presents one must present a valid one
        assertProblem(gateway.get("/api/v1/events", token), 401, "unauthorized");
        assertProblem(identityDirectly.get("/api/v1/users/me", token), 401, "unauthorized");
    }

    /** Shows that the forgeries above are refused for what was changed, not for some flaw of the forge. */
    @Test
    void tokenSignedWithTheIssuersKeyAndUnchangedClaimsIsAccepted() {
        String token = tokenForge.signedByTheIssuer();

        for (GatewayClient client : List.of(gateway, identityDirectly)) {
            Reply me = client.get("/api/v1/users/me", token);
            assertThat(me.status()).as("%s", me).isEqualTo(200);
            assertThat(me.json().path("email").asString()).isEqualTo(emailIn(tokenForge.genuine()));
        }
    }

    // ---- service to service ----

    /**
     * notification-service's token from the real identity opens ticket-service's internal PDF endpoint, called
     * directly as the services do; nothing else opens it, and the service token opens nothing of the public API.
     */
    @Test
    void onlyTheCallingServicesOwnTokenOpensAnInternalEndpointAndItOpensNothingElse() {
        PublishedEvent event = createAndPublish(gateway, adminToken, "Internal calls", 5);
        awaitAvailability(gateway, event, 5, 5);
        Attendee buyer = newUser("internal");
        Reply booked = gateway.book(buyer.token(), event.booking(1), UUID.randomUUID().toString());
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String bookingId = booked.json().path("id").asString();
        awaitTickets(gateway, buyer.token(), bookingId, 1);
        GatewayClient ticketDirectly = new GatewayClient(suite.serviceUrl(Service.TICKET));
        String pdf = "/internal/v1/bookings/" + bookingId + "/tickets.pdf";
        String notificationService = serviceToken(Service.NOTIFICATION);
        String eventService = serviceToken(Service.EVENT);

        Reply mailed = ticketDirectly.get(pdf, notificationService);
        assertThat(mailed.status()).as("%s", mailed).isEqualTo(200);
        assertThat(mailed.contentType()).startsWith("application/pdf");
        assertProblem(ticketDirectly.get(pdf, null), 401, "unauthorized");
        assertProblem(ticketDirectly.get(pdf, buyer.token()), 403, "forbidden");
        assertProblem(ticketDirectly.get(pdf, adminToken), 403, "forbidden");
        // event-service may resize booking's inventory, not read anyone's tickets
        assertProblem(ticketDirectly.get(pdf, eventService), 403, "forbidden");

        Reply throughTheGateway = gateway.get(pdf, notificationService);
        assertThat(throughTheGateway.status()).as("the gateway routes no internal path: %s", throughTheGateway)
                .isEqualTo(404);
        assertProblem(gateway.get("/api/v1/bookings/" + bookingId, notificationService), 403, "forbidden");
        assertProblem(gateway.get("/api/v1/events", eventService), 403, "forbidden");
        assertProblem(gateway.get("/api/v1/users/me", eventService), 403, "forbidden");
    }

    @Test
    void aServiceClientWithTheWrongSecretGetsNoToken() {
        Reply refused = identityDirectly.postForm("/oauth2/token", "grant_type=client_credentials",
                Map.of("Authorization", basic("notification-service", "not-" + suite.serviceClientSecret(Service.NOTIFICATION))));

        assertThat(refused.status()).as("%s", refused).isEqualTo(401);
        assertThat(refused.json().path("error").asString()).isEqualTo("invalid_client");
    }

    /** The token the service itself gets from identity, directly as the services ask for theirs. */
    private static String serviceToken(Service caller) {
        Reply granted = identityDirectly.postForm("/oauth2/token", "grant_type=client_credentials",
                Map.of("Authorization", basic(caller.moduleName(), suite.serviceClientSecret(caller))));
        assertThat(granted.status()).as("%s", granted).isEqualTo(200);
        return granted.json().path("access_token").asString();
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (URLEncoder.encode(clientId, UTF_8) + ":" + URLEncoder.encode(secret, UTF_8)).getBytes(UTF_8));
    }

    // ---- roles and ownership ----

    @Test
    void userCanNeitherCreateEventsNorUseAdministratorEndpoints() {
        Attendee user = newUser("plain");

        assertProblem(gateway.post("/api/v1/events", user.token(), eventWithOneSession("Not mine to make", 10)),
                403, "forbidden");
        assertProblem(gateway.get("/api/v1/users", user.token()), 403, "forbidden");
        assertProblem(gateway.patch("/api/v1/users/" + user.id(), user.token(),
                Map.of("roles", List.of("USER", "ADMIN"))), 403, "forbidden");
        assertProblem(gateway.get("/api/v1/admin/audit-log", user.token()), 403, "forbidden");

        assertThat(rolesIn(gateway.logIn(user.email(), PASSWORD))).as("roles after all that").containsExactly("USER");
    }

    @Test
    void organizerCannotChangeAnotherOrganizersEvent() {
        Attendee owner = newOrganizer("owner");
        Attendee intruder = newOrganizer("intruder");
        Reply created = createDraft(gateway, owner.token(), "The owner's workshop", 20);
        String event = "/api/v1/events/" + created.json().path("id").asString();

        // someone else's draft is private: to the intruder it does not exist
        for (Reply refused : changesAttemptedBy(intruder, event, etagOf(created))) {
            assertProblem(refused, 404, "event-not-found");
        }
        Reply published = gateway.post(event + "/publish", owner.token(), null);
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        // a published event is public: the intruder sees it, and still may not change it
        for (Reply refused : changesAttemptedBy(intruder, event, etagOf(published))) {
            assertProblem(refused, 403, "forbidden");
        }

        Reply unchanged = gateway.get(event, owner.token());
        assertThat(unchanged.status()).as("%s", unchanged).isEqualTo(200);
        assertThat(unchanged.json().path("title").asString()).isEqualTo("The owner's workshop");
        assertThat(unchanged.json().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(etagOf(unchanged)).as("version after the refusals").isEqualTo(etagOf(published));
        // the refused cancellation itself was well-formed: the owner may make it
        Reply cancelled = gateway.post(event + "/cancel", owner.token(), null);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void strangerFindsNeitherSomeoneElsesBookingNorItsTickets() {
        PublishedEvent event = createAndPublish(gateway, adminToken, "Private bookings", 5);
        awaitAvailability(gateway, event, 5, 5);
        Attendee owner = newUser("owner");
        Reply booked = gateway.book(owner.token(), event.booking(1), UUID.randomUUID().toString());
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String bookingId = booked.json().path("id").asString();
        String ticket = "/api/v1/tickets/" + awaitTickets(gateway, owner.token(), bookingId, 1).getFirst()
                .path("id").asString();

        Attendee stranger = newUser("stranger");
        assertProblem(gateway.get("/api/v1/bookings/" + bookingId, stranger.token()), 404, "booking-not-found");
        assertProblem(gateway.get("/api/v1/tickets?bookingId=" + bookingId, stranger.token()), 404,
                "ticket-not-found");
        for (String path : List.of(ticket, ticket + "/qr.png", ticket + "/pdf")) {
            assertProblem(gateway.get(path, stranger.token()), 404, "ticket-not-found");
        }

        Reply ownBooking = gateway.get("/api/v1/bookings/" + bookingId, owner.token());
        assertThat(ownBooking.status()).as("%s", ownBooking).isEqualTo(200);
        assertThat(ownBooking.json().path("status").asString()).isEqualTo("CONFIRMED");
        Reply ownTicket = gateway.get(ticket, owner.token());
        assertThat(ownTicket.status()).as("%s", ownTicket).isEqualTo(200);
        assertThat(ownTicket.json().path("status").asString()).isEqualTo("VALID");
    }

    @Test
    void rolesSentWithAProfileChangeAreNeverApplied() {
        Attendee user = newUser("climber");

        Reply patched = gateway.patch("/api/v1/users/me", user.token(), Map.of("roles", List.of("USER", "ADMIN")));

        // refusing the field and ignoring it are both fine; applying it is not
        assertThat(patched.status()).as("%s", patched).isIn(200, 400);
        if (patched.status() == 400) {
            assertThat(patched.isProblem()).as("problem+json: %s", patched).isTrue();
        }
        Reply profile = gateway.get("/api/v1/users/me", user.token());
        assertThat(profile.json().path("roles").values()).extracting(JsonNode::asString).containsExactly("USER");
        String fresh = gateway.logIn(user.email(), PASSWORD);
        assertThat(rolesIn(fresh)).as("roles in a token issued afterwards").containsExactly("USER");
        assertProblem(gateway.get("/api/v1/users", fresh), 403, "forbidden");
    }

    // ---- refresh tokens and disabled accounts ----

    @Test
    void reusingARotatedRefreshTokenRevokesItsWholeFamily() throws InterruptedException {
        String email = newEmail("rotating");
        gateway.register(email, PASSWORD, "Rotating Refresher");
        Session first = gateway.startSession(email, PASSWORD);
        Session second = GatewayClient.sessionOf(gateway.refresh(first.refreshToken()), "first refresh");
        assertThat(second.refreshToken()).as("the rotated refresh token").isNotEqualTo(first.refreshToken());
        assertThat(gateway.get("/api/v1/users/me", second.accessToken()).status()).isEqualTo(200);
        // a retried refresh (the answer was lost) gets the same successor within the grace period...
        Session retried = GatewayClient.sessionOf(gateway.refresh(first.refreshToken()), "retried refresh");
        assertThat(retried.refreshToken()).isEqualTo(second.refreshToken());
        // ...after it, a replay of the old token is theft
        Thread.sleep(REFRESH_TOKEN_REUSE_GRACE.plusSeconds(1));

        assertProblem(gateway.refresh(first.refreshToken()), 401, "invalid-refresh-token");
        // the newest token of the family goes too: whoever replayed the old one may hold it as well
        assertProblem(gateway.refresh(second.refreshToken()), 401, "invalid-refresh-token");

        Session loggedInAgain = gateway.startSession(email, PASSWORD);
        GatewayClient.sessionOf(gateway.refresh(loggedInAgain.refreshToken()), "refresh of a new family");
    }

    @Test
    void disabledUserCanNeitherRefreshNorLogInUntilEnabledAgain() {
        String email = newEmail("disabled");
        UUID id = gateway.register(email, PASSWORD, "Soon Disabled");
        Session session = gateway.startSession(email, PASSWORD);

        Reply disabled = gateway.patch("/api/v1/users/" + id, adminToken, Map.of("enabled", false));
        assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();

        assertProblem(gateway.refresh(session.refreshToken()), 401, "invalid-refresh-token");
        assertProblem(gateway.attemptLogIn(email, PASSWORD), 403, "account-disabled");

        Reply enabled = gateway.patch("/api/v1/users/" + id, adminToken, Map.of("enabled", true));
        assertThat(enabled.status()).as("%s", enabled).isEqualTo(200);
        gateway.startSession(email, PASSWORD);
        // disabling ended the sessions it found for good
        assertProblem(gateway.refresh(session.refreshToken()), 401, "invalid-refresh-token");
    }

    // ---- password reset ----

    @Test
    void passwordResetLinkWorksOnlyOnce() {
        String email = newEmail("forgetful");
        gateway.register(email, PASSWORD, "Forgetful Fran");
        ResetLink link = requestPasswordReset(email);

        Reply reset = resetPassword(link.token(), NEW_PASSWORD);
        assertThat(reset.status()).as("%s", reset).isEqualTo(204);
        assertProblem(resetPassword(link.token(), "yet-another-password-1"), 400, "invalid-reset-token");

        gateway.startSession(email, NEW_PASSWORD);
    }

    @Test
    void passwordResetLinkIsRefusedOnceExpired() throws InterruptedException {
        String email = newEmail("slow");
        gateway.register(email, PASSWORD, "Slow Sam");
        ResetLink link = requestPasswordReset(email);

        // identity-service stamped the token's expiry before it answered the request
        Duration untilExpired = Duration.between(Instant.now(),
                link.requestAnswered().plus(RESET_TOKEN_TTL).plusSeconds(1));
        if (untilExpired.isPositive()) {
            Thread.sleep(untilExpired);
        }

        assertProblem(resetPassword(link.token(), NEW_PASSWORD), 400, "invalid-reset-token");
        gateway.startSession(email, PASSWORD);
    }

    // ---- bad input ----

    @Test
    void oversizeBodyIsRefusedBeforeAnythingIsStored() {
        String email = newEmail("oversize");
        String twoMegabyteName = "x".repeat(2 * 1024 * 1024);

        Reply refused = gateway.post("/api/v1/auth/register", null,
                Map.of("email", email, "password", PASSWORD, "name", twoMegabyteName));

        assertProblem(refused, 400, "request-too-large");
        assertNoAccountHas(email);
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsStored() {
        String email = newEmail("malformed");
        String cutShort = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Half a body\"";

        Reply refused = gateway.postRawJson("/api/v1/auth/register", null, cutShort);

        assertProblem(refused, 400, "malformed-request");
        assertNoAccountHas(email);
    }

    // ---- slowing down ----

    @Test
    void burstOfSignInRequestsFromOneAddressIsCutOffWith429AndRetryAfter() throws UnknownHostException {
        GatewayClient otherCaller = GatewayClient.connectingFrom(InetAddress.getByName(ANOTHER_LOOPBACK_ADDRESS),
                suite.gatewayUrl());
        // an empty login is refused by identity-service without any password hashing: cheap to send by the hundred
        Map<String, Object> emptyLogin = Map.of();

        Reply first = otherCaller.post("/api/v1/auth/login", null, emptyLogin);
        assertThat(first.status()).as("%s", first).isEqualTo(400);
        assertThat(first.header("RateLimit-Policy")).as("%s", first)
                .contains("\"auth\";q=" + AUTH_REQUESTS_PER_ADDRESS + ";w=60");
        assertThat(first.header("RateLimit")).as("%s", first).hasValueSatisfying(
                quota -> assertThat(quota).startsWith("\"auth\";r="));

        Reply last = first;
        int letThrough = 1;
        while (last.status() != 429 && letThrough < 2 * AUTH_REQUESTS_PER_ADDRESS) {
            last = otherCaller.post("/api/v1/auth/login", null, emptyLogin);
            if (last.status() != 429) {
                assertThat(last.status()).as("%s", last).isEqualTo(400);
                letThrough++;
            }
        }

        assertProblem(last, 429, "rate-limited");
        assertThat(letThrough).as("requests let through before the first 429").isGreaterThanOrEqualTo(
                AUTH_REQUESTS_PER_ADDRESS);
        assertThat(last.header("Retry-After")).as("%s", last).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(last.header("RateLimit")).as("%s", last).hasValueSatisfying(
                quota -> assertThat(quota).startsWith("\"auth\";r=0;"));
        // counted per address: everyone else signs in as before
        assertThat(gateway.post("/api/v1/auth/login", null, emptyLogin).status()).isEqualTo(400);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        String email = newEmail("guessed");
        gateway.register(email, PASSWORD, "Guessed At");

        for (int attempt = 1; attempt <= MAX_FAILED_LOGINS_PER_ACCOUNT; attempt++) {
            assertProblem(gateway.attemptLogIn(email, "wrong-guess-number-" + attempt), 401, "invalid-credentials");
        }
        // the right password too: while locked, a right guess must look like any other
        Reply locked = gateway.attemptLogIn(email, PASSWORD);

        assertProblem(locked, 429, "too-many-attempts");
        assertThat(locked.header("Retry-After")).as("%s", locked).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    // ---- audit ----

    @Test
    void auditLogShowsAUsersRegistrationFailedLoginRoleChangeAndDisabling() throws ParseException {
        String email = newEmail("audited");
        UUID id = gateway.register(email, PASSWORD, "Audited Alex");
        assertProblem(gateway.attemptLogIn(email, "not-the-password"), 401, "invalid-credentials");
        assertThat(gateway.patch("/api/v1/users/" + id, adminToken, Map.of("roles", List.of("USER", "ORGANIZER")))
                .status()).isEqualTo(200);
        assertThat(gateway.patch("/api/v1/users/" + id, adminToken, Map.of("enabled", false)).status())
                .isEqualTo(200);
        String adminId = SignedJWT.parse(adminToken).getJWTClaimsSet().getSubject();

        List<JsonNode> entries = Eventually.within(PROPAGATION, () -> {
            List<JsonNode> found = auditLog("email=" + encoded(email));
            assertThat(found).extracting(entry -> entry.path("action").asString())
                    .contains("USER_REGISTERED", "LOGIN_FAILED", "ROLES_CHANGED", "USER_DISABLED");
            return found;
        });

        JsonNode failedLogin = onlyEntry(entries, "LOGIN_FAILED");
        assertThat(failedLogin.path("outcome").asString()).isEqualTo("FAILURE");
        assertThat(failedLogin.path("subjectUserId").asString()).isEqualTo(id.toString());
        // the address the gateway saw and passed on, not one a caller could choose
        assertThat(failedLogin.path("clientAddress").asString()).isEqualTo("127.0.0.1");
        for (String adminAction : List.of("ROLES_CHANGED", "USER_DISABLED")) {
            JsonNode entry = onlyEntry(entries, adminAction);
            assertThat(entry.path("outcome").asString()).as("%s", entry).isEqualTo("SUCCESS");
            assertThat(entry.path("actorId").asString()).as("%s", entry).isEqualTo(adminId);
            assertThat(entry.path("subjectUserId").asString()).as("%s", entry).isEqualTo(id.toString());
        }
        assertThat(auditLog("email=" + encoded(email) + "&action=USER_DISABLED")).as("filtered by action")
                .extracting(entry -> entry.path("action").asString()).containsExactly("USER_DISABLED");
    }

    // ---- steps ----

    private static String newEmail(String role) {
        return role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static Attendee newUser(String role) {
        return gateway.registerAndLogIn(newEmail(role), PASSWORD, "Security " + role);
    }

    /** Registered as a user, promoted by the administrator, then logged in again to carry the new role. */
    private static Attendee newOrganizer(String role) {
        String email = newEmail(role);
        UUID id = gateway.register(email, PASSWORD, "Organizer " + role);
        Reply promoted = gateway.patch("/api/v1/users/" + id, adminToken,
                Map.of("roles", List.of("USER", "ORGANIZER")));
        assertThat(promoted.status()).as("%s", promoted).isEqualTo(200);
        String token = gateway.logIn(email, PASSWORD);
        assertThat(rolesIn(token)).as("roles of %s after the promotion", email).contains("ORGANIZER");
        return new Attendee(id, email, token);
    }

    /** Every change an organizer can make to an event, each based on the version the caller read. */
    private static List<Reply> changesAttemptedBy(Attendee organizer, String event, String version) {
        Map<String, Object> takenOver = eventWithOneSession("Taken over", 200);
        return List.of(
                gateway.put(event, organizer.token(), takenOver, Map.of("If-Match", version)),
                gateway.post(event + "/publish", organizer.token(), null),
                gateway.post(event + "/cancel", organizer.token(), null),
                gateway.delete(event, organizer.token()));
    }

    private static String etagOf(Reply reply) {
        return reply.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + reply));
    }

    private static JWKSet publishedKeys() {
        Reply jwks = gateway.get("/.well-known/jwks.json", null);
        assertThat(jwks.status()).as("%s", jwks).isEqualTo(200);
        try {
            return JWKSet.parse(jwks.text());
        } catch (ParseException e) {
            throw new AssertionError("the JWKS is not a JWK set: " + jwks, e);
        }
    }

    private static List<String> rolesIn(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringListClaim("roles");
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + accessToken, e);
        }
    }

    private static String emailIn(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("email");
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + accessToken, e);
        }
    }

    /** Asks for a reset link and reads it from the mail as its recipient would. */
    private static ResetLink requestPasswordReset(String email) {
        Reply requested = gateway.post("/api/v1/auth/password/forgot", null, Map.of("email", email));
        assertThat(requested.status()).as("%s", requested).isEqualTo(202);
        Instant answered = Instant.now();

        List<ReceivedMail> mails = Eventually.within(MAIL_DELIVERY, () -> {
            List<ReceivedMail> received = Mails.exceptWelcomes(Mails.addressedTo(suite, email));
            assertThat(received).as("mails to %s", email).isNotEmpty();
            return received;
        });
        assertThat(mails).as("mails to %s", email).hasSize(1);
        Matcher link = RESET_LINK.matcher(mails.getFirst().text());
        assertThat(link.find()).as("a reset link in: %s", mails.getFirst().text()).isTrue();
        assertThat(link.group(1)).as("where the link leads").isEqualTo(suite.gatewayUrl().toString());
        return new ResetLink(URLDecoder.decode(link.group(2), UTF_8), answered);
    }

    private static Reply resetPassword(String token, String newPassword) {
        return gateway.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", newPassword));
    }

    /** Neither can anyone log in with the address, nor was it taken: registering it now succeeds. */
    private static void assertNoAccountHas(String email) {
        assertProblem(gateway.attemptLogIn(email, PASSWORD), 401, "invalid-credentials");
        gateway.register(email, PASSWORD, "Registered Properly");
    }

    private static List<JsonNode> auditLog(String query) {
        Reply page = gateway.get("/api/v1/admin/audit-log?size=100&" + query, adminToken);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return List.copyOf(page.json().path("items").values());
    }

    private static JsonNode onlyEntry(List<JsonNode> entries, String action) {
        List<JsonNode> matching = entries.stream().filter(entry -> action.equals(entry.path("action").asString()))
                .toList();
        assertThat(matching).as("%s entries in %s", action, entries).hasSize(1);
        return matching.getFirst();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    /** A refusal as this API answers every one: the status, and a problem+json body of a stable type. */
    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.isProblem()).as("problem+json: %s", reply).isTrue();
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asString()).as("type in %s", reply).isEqualTo(PROBLEM_TYPES + type);
        assertThat(problem.path("status").asInt()).as("status in %s", reply).isEqualTo(status);
    }

    private static Date secondsFromNow(long seconds) {
        return Date.from(Instant.now().plusSeconds(seconds));
    }

    private static Arguments forgery(String name, Function<TokenForge, String> make) {
        return Arguments.of(Named.of(name, make));
    }

    /** @param requestAnswered when identity-service had answered the request, and so had set the expiry */
    private record ResetLink(String token, Instant requestAnswered) {
    }

    // ---- the database ----

    static Stream<Service> servicesOtherThanIdentity() {
        return Stream.of(Service.EVENT, Service.BOOKING, Service.TICKET, Service.NOTIFICATION, Service.ANALYTICS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servicesOtherThanIdentity")
    void noOtherServicesDatabaseRoleCanReadIdentitysSigningKeys(Service service) throws SQLException {
        DatabaseConnection role = suite.database(service);
        assertThat(role.user()).isNotEqualTo(suite.database().user());

        try (Connection connection = DriverManager.getConnection(role.jdbcUrl(), role.user(), role.password());
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM identity.signing_keys"))
                    .isInstanceOfSatisfying(SQLException.class,
                            denied -> assertThat(denied.getSQLState()).as("insufficient privilege").isEqualTo("42501"));
        }
    }
}
