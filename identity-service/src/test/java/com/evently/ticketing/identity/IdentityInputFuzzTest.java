package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.fuzz.BodyField;
import com.evently.ticketing.testsupport.fuzz.InvalidBodies;
import com.evently.ticketing.testsupport.fuzz.InvalidBody;
import com.evently.ticketing.testsupport.fuzz.RejectedInput;
import com.evently.ticketing.testsupport.fuzz.SpringTestContextHook;
import com.evently.ticketing.testsupport.fuzz.TableCounts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random invalid bodies for every public request body of identity: each is refused with 400 (415 for a wrong
 * content type) problem+json, and no table of the identity schema changes. The token endpoint speaks OAuth instead:
 * a malformed token request gets RFC 6749's error JSON and stores nothing either.
 */
@ServiceIntegrationTest
@AddLifecycleHook(SpringTestContextHook.class)
class IdentityInputFuzzTest extends IdentityIntegrationTest {

    private static final long MAX_BODY = DataSize.ofKilobytes(16).toBytes();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    DataSource database;
    @Autowired
    BootstrappingAdministrator bootstrapAdministrator;

    private String userToken;
    private String adminToken;
    private String organizerToken;
    private String someUserId;

    @Property(tries = 80)
    void registrationRefusesInvalidInput(@ForAll("registrations") InvalidBody body) {
        refused(() -> client.post().uri("/api/v1/auth/register"), body);
    }

    @Property(tries = 60)
    void loginRefusesInvalidInput(@ForAll("logins") InvalidBody body) {
        refused(() -> client.post().uri("/api/v1/auth/login"), body);
    }

    @Property(tries = 40)
    void refreshRefusesInvalidInput(@ForAll("refreshTokens") InvalidBody body) {
        refused(() -> client.post().uri("/api/v1/auth/refresh"), body);
    }

    @Property(tries = 40)
    void logoutRefusesInvalidInput(@ForAll("refreshTokens") InvalidBody body) {
        refused(() -> client.post().uri("/api/v1/auth/logout"), body);
    }

    @Property(tries = 40)
    void forgottenPasswordRefusesInvalidInput(@ForAll("forgottenPasswords") InvalidBody body) {
        refused(() -> client.post().uri("/api/v1/auth/password/forgot"), body);
    }

    @Property(tries = 50)
    void passwordResetRefusesInvalidInput(@ForAll("passwordResets") InvalidBody body) {
        refused(() -> client.post().uri("/api/v1/auth/password/reset"), body);
    }

    @Property(tries = 50)
    void profileChangeRefusesInvalidInput(@ForAll("profileChanges") InvalidBody body) {
        refused(() -> client.patch().uri("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, bearer(userToken())), body);
    }

    @Property(tries = 50)
    void passwordChangeRefusesInvalidInput(@ForAll("passwordChanges") InvalidBody body) {
        refused(() -> client.put().uri("/api/v1/users/me/password").header(HttpHeaders.AUTHORIZATION, bearer(userToken())),
                body);
    }

    @Property(tries = 50)
    void accountChangeRefusesInvalidInput(@ForAll("accountChanges") InvalidBody body) {
        String admin = adminToken();
        refused(() -> client.patch().uri("/api/v1/users/{id}", someUserId).header(HttpHeaders.AUTHORIZATION, bearer(admin)),
                body);
    }

    @Property(tries = 60)
    void apiClientRegistrationRefusesInvalidInput(@ForAll("apiClientRegistrations") InvalidBody body) {
        refused(() -> client.post().uri("/api/v1/api-clients").header(HttpHeaders.AUTHORIZATION, bearer(organizerToken())),
                body);
    }

    /** RFC 6749 §5.2: 400 (401 for a client that did not authenticate) with {@code error}, never a token. */
    @Property(tries = 60)
    void tokenEndpointRefusesMalformedRequests(@ForAll("tokenRequests") TokenRequest request) {
        TableCounts before = TableCounts.of(database);
        RestTestClient.RequestBodySpec call = client.post().uri("/oauth2/token")
                .header("X-Forwarded-For", freshAddress())
                .contentType(MediaType.parseMediaType(request.contentType()));
        if (request.basicCredentials() != null) {
            call.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString(request.basicCredentials().getBytes(StandardCharsets.UTF_8)));
        }
        ExchangeResult answer = call.body(request.body().getBytes(StandardCharsets.UTF_8)).exchange().returnResult();

        String text = new String(answer.getResponseBodyContent(), StandardCharsets.UTF_8);
        assertThat(answer.getStatus().value()).as(text).isIn(400, 401);
        assertThat(answer.getResponseHeaders().getContentType()).as(text).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        JsonNode error = json.readTree(text);
        assertThat(error.path("error").asString()).as(text).isIn(
                "invalid_request", "invalid_client", "unsupported_grant_type", "invalid_scope", "unauthorized_client");
        assertThat(error.has("access_token")).as(text).isFalse();
        assertThat(TableCounts.of(database)).isEqualTo(before);
    }

    @Provide
    Arbitrary<InvalidBody> registrations() {
        return InvalidBodies.of("""
                        {"email":"fuzz-registration@example.org","password":"correct horse battery","name":"Fuzz","language":"de"}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredEmail("/email", EmailAddress.MAX_LENGTH),
                        BodyField.requiredTextOfLength("/password", Password.MIN_LENGTH, Password.MAX_BYTES),
                        BodyField.requiredText("/name", PersonName.MAX_LENGTH),
                        optionalLanguage())
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> logins() {
        return InvalidBodies.of("""
                        {"email":"fuzz-login@example.org","password":"correct horse battery"}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredText("/email", EmailAddress.MAX_LENGTH),
                        BodyField.requiredText("/password", 1000))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> refreshTokens() {
        return InvalidBodies.of("""
                        {"refreshToken":"a-refresh-token-that-was-never-issued"}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredText("/refreshToken", SecretToken.MAX_LENGTH))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> forgottenPasswords() {
        return InvalidBodies.of("""
                        {"email":"fuzz-forgot@example.org"}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredEmail("/email", EmailAddress.MAX_LENGTH))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> passwordResets() {
        return InvalidBodies.of("""
                        {"token":"a-reset-token-that-was-never-issued","newPassword":"correct horse battery"}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredText("/token", SecretToken.MAX_LENGTH),
                        BodyField.requiredTextOfLength("/newPassword", Password.MIN_LENGTH, Password.MAX_BYTES))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> profileChanges() {
        return InvalidBodies.of("""
                        {"email":"fuzz-profile@example.org","name":"Fuzz","language":"de"}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.optionalEmail("/email", EmailAddress.MAX_LENGTH),
                        BodyField.optionalNonBlankText("/name", PersonName.MAX_LENGTH),
                        optionalLanguage())
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> passwordChanges() {
        return InvalidBodies.of("""
                        {"currentPassword":"correct horse battery","newPassword":"another horse battery"}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredAnyText("/currentPassword"),
                        BodyField.requiredTextOfLength("/newPassword", Password.MIN_LENGTH, Password.MAX_BYTES))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> accountChanges() {
        return InvalidBodies.of("""
                        {"roles":["USER","ORGANIZER"],"enabled":true}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.list("/roles", false, true,
                                Arbitraries.oneOf(BodyField.unknownNames(), BodyField.nullOrContainer())),
                        BodyField.optionalBoolean("/enabled"))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> apiClientRegistrations() {
        return InvalidBodies.of("""
                        {"name":"Fuzzed CRM","scopes":["events:read","bookings:read"]}""")
                .maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredText("/name", ApiClient.MAX_NAME_LENGTH),
                        BodyField.list("/scopes", true, false,
                                Arbitraries.oneOf(BodyField.unknownNames(), BodyField.nullOrContainer())),
                        BodyField.optionalUuid("/organizerId"))
                .arbitrary();
    }

    @Provide
    Arbitrary<TokenRequest> tokenRequests() {
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
        String form = "application/x-www-form-urlencoded";
        return Arbitraries.oneOf(
                word.map(secret -> new TokenRequest(form, "client_id=fuzz&client_secret=" + secret, null)),
                word.map(grant -> new TokenRequest(form, "grant_type=" + grant
                        + "&client_id=fuzz&client_secret=secret", null)),
                word.map(id -> new TokenRequest(form, "grant_type=client_credentials&grant_type=client_credentials"
                        + "&client_id=" + id + "&client_secret=secret", null)),
                word.map(id -> new TokenRequest(form, "grant_type=client_credentials&client_id=" + id, null)),
                word.map(id -> new TokenRequest(form, "grant_type=client_credentials&client_id=" + id
                        + "&client_secret=" + id, null)),
                word.map(id -> new TokenRequest(form, "grant_type=client_credentials&client_secret=x",
                        id + ":secret")),
                word.map(id -> new TokenRequest(form, "grant_type=client_credentials", id)),
                word.map(id -> new TokenRequest("application/json",
                        "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + id + "\"}", null)),
                word.map(text -> new TokenRequest(form, text, null)));
    }

    /** A request to the token endpoint: its content type, its form body and, when set, HTTP Basic credentials. */
    record TokenRequest(String contentType, String body, String basicCredentials) {
    }

    private void refused(Supplier<RestTestClient.RequestBodySpec> request, InvalidBody body) {
        RejectedInput.storingNothingIn(database)
                .assertRejected(() -> request.get().header("X-Forwarded-For", freshAddress()), body);
    }

    private String userToken() {
        if (userToken == null) {
            userToken = identity().accessTokenOf(registered());
        }
        return userToken;
    }

    private String adminToken() {
        if (adminToken == null) {
            IdentityClient identity = identity();
            adminToken = identity.accessTokenOf(identity.administrator(bootstrapAdministrator));
            someUserId = identity.registered(Account.fresh());
        }
        return adminToken;
    }

    private String organizerToken() {
        if (organizerToken == null) {
            Account organizer = Account.fresh();
            String id = identity().registered(organizer);
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (:id::uuid, 'ORGANIZER')").param("id", id).update();
            organizerToken = identity().accessTokenOf(organizer);
        }
        return organizerToken;
    }

    /** A language code other than the known ones: unknown, in the wrong case, blank, or not text at all. */
    private static BodyField optionalLanguage() {
        return BodyField.of("/language", false, Arbitraries.oneOf(
                Arbitraries.of(NODES.stringNode("fr"), NODES.stringNode("DE"), NODES.stringNode("En"),
                        NODES.stringNode(""), NODES.stringNode(" de"), NODES.stringNode("deu"), NODES.numberNode(1),
                        NODES.objectNode(), NODES.arrayNode()),
                BodyField.unknownNames().map(JsonNode.class::cast)));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
