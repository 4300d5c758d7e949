package com.evently.ticketing.platform.security;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A service's own access tokens for other services' internal endpoints (OAuth 2.0 client credentials at
 * identity-service), put on its calls as a bearer token by the interceptor {@link #interceptorFor} gives for a scope.
 * <p>
 * Spring Security's OAuth 2.0 client does the work: it asks identity for a token with the scope, keeps it, and asks
 * again once the token is within {@link ServiceClientProperties#refreshBeforeExpiry()} of expiring; a callee that
 * answers 401 {@code invalid_token} drops it, so the next call gets a fresh one. Around it, this class adds what a
 * service needs beyond a browser app: the token belongs to the service, never to the user whose request led to the
 * call (one cached token per scope, not one per user); only one request at a time asks identity, the others wait
 * for its token instead of each fetching one; the token request has timeouts; and a failure to get a token is a
 * {@link ServiceTokenUnavailable} that says whether identity is out (an outage) or refused.
 */
public final class ServiceTokens {

    /** Whose token it is, for Spring's cache of authorized clients: always this service, never a user. */
    private static final String THIS_SERVICE = "this-service";

    private final ServiceClientProperties properties;
    private final Clock clock;
    private final RestClient tokenEndpoint;
    private final Map<String, ClientHttpRequestInterceptor> interceptors = new ConcurrentHashMap<>();

    public ServiceTokens(ServiceClientProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                // plain HTTP inside the cluster: skip the HTTP/2 upgrade handshake
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        requests.setReadTimeout(properties.readTimeout());
        // as Spring Security's default token client is built, with timeouts
        this.tokenEndpoint = RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }

    /**
     * Puts a service token with {@code scope} on every request of a {@link RestClient} built with it. When no token
     * can be had, the request is not sent and {@link ServiceTokenUnavailable} is thrown.
     *
     * @param scope one of {@link InternalScopes}: the scope the callee's endpoint is declared with
     */
    public ClientHttpRequestInterceptor interceptorFor(String scope) {
        if (!InternalScopes.isInternal(scope)) {
            throw new IllegalArgumentException("Service tokens carry internal scopes only, not " + scope);
        }
        return interceptors.computeIfAbsent(scope, this::newInterceptor);
    }

    private ClientHttpRequestInterceptor newInterceptor(String scope) {
        // one registration per scope: each scope's token is fetched and cached on its own
        ClientRegistration registration = ClientRegistration.withRegistrationId(scope)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(scope)
                .tokenUri(properties.tokenUri().toString())
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        InMemoryOAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);

        RestClientClientCredentialsTokenResponseClient tokenRequests = new RestClientClientCredentialsTokenResponseClient();
        tokenRequests.setRestClient(tokenEndpoint);
        ClientCredentialsOAuth2AuthorizedClientProvider clientCredentials = new ClientCredentialsOAuth2AuthorizedClientProvider();
        clientCredentials.setAccessTokenResponseClient(tokenRequests);
        clientCredentials.setClockSkew(properties.refreshBeforeExpiry());
        clientCredentials.setClock(clock);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(clientCredentials);

        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(oneFetchAtATime(manager));
        Authentication thisService = new AnonymousAuthenticationToken(THIS_SERVICE, THIS_SERVICE,
                AuthorityUtils.createAuthorityList("ROLE_SERVICE"));
        bearer.setPrincipalResolver(request -> thisService);
        bearer.setClientRegistrationIdResolver(request -> scope);
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));
        return (request, body, execution) -> {
            try {
                return bearer.intercept(request, body, execution);
            } catch (OAuth2AuthorizationException noToken) {
                throw ServiceTokenUnavailable.from(scope, noToken);
            }
        };
    }

    /**
     * Spring's manager lets every caller that finds no valid token fetch one; under a rush when a token expires that
     * is one request to identity per waiting call. Here the first fetches while the others wait, then find its token.
     * A slow identity holds them no longer than the token request's timeouts.
     */
    private static OAuth2AuthorizedClientManager oneFetchAtATime(OAuth2AuthorizedClientManager manager) {
        ReentrantLock fetching = new ReentrantLock();
        return request -> {
            fetching.lock();
            try {
                return manager.authorize(request);
            } finally {
                fetching.unlock();
            }
        };
    }

    @Override
    public String toString() {
        return "ServiceTokens[" + properties + ", scopes=" + interceptors.keySet() + "]";
    }
}
