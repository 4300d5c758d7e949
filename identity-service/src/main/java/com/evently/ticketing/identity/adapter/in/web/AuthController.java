package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.IssuedTokens;
import com.evently.ticketing.identity.application.LogInCommand;
import com.evently.ticketing.identity.application.LogOutCommand;
import com.evently.ticketing.identity.application.LoggingIn;
import com.evently.ticketing.identity.application.LoggingOut;
import com.evently.ticketing.identity.application.RecoveringPassword;
import com.evently.ticketing.identity.application.RefreshSessionCommand;
import com.evently.ticketing.identity.application.RefreshingSession;
import com.evently.ticketing.identity.application.RegisterUserCommand;
import com.evently.ticketing.identity.application.RegisteringUser;
import com.evently.ticketing.identity.application.RequestPasswordResetCommand;
import com.evently.ticketing.identity.application.ResetPasswordCommand;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolation;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.SecretToken;
import com.evently.ticketing.identity.domain.User;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import com.evently.ticketing.identity.application.DisabledAccountNotPermitted;
import com.evently.ticketing.identity.application.InvalidRefreshToken;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything a client does before it holds an access token: sign up, log in, refresh, log out, reset. Login,
 * refresh and logout come twice: API clients hold the refresh token themselves (JSON bodies); the web UI asks for
 * it in a cookie no script can read ({@link SessionCookies}, chosen by its header).
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    /** Generous for any real password; bounds what a login attempt makes the service hash and log. */
    private static final int MAX_LOGIN_PASSWORD_LENGTH = 1000;

    private final RegisteringUser registeringUser;
    private final LoggingIn loggingIn;
    private final RefreshingSession refreshingSession;
    private final LoggingOut loggingOut;
    private final RecoveringPassword recoveringPassword;
    private final SessionCookies sessionCookies;

    AuthController(RegisteringUser registeringUser, LoggingIn loggingIn, RefreshingSession refreshingSession,
                   LoggingOut loggingOut, RecoveringPassword recoveringPassword, SessionCookies sessionCookies) {
        this.registeringUser = registeringUser;
        this.loggingIn = loggingIn;
        this.refreshingSession = refreshingSession;
        this.loggingOut = loggingOut;
        this.recoveringPassword = recoveringPassword;
        this.sessionCookies = sessionCookies;
    }

    @Operation(operationId = "register", summary = "Register an account")
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse register(@Valid @RequestBody RegistrationRequest request, HttpServletRequest http) {
        User user = registeringUser.register(new RegisterUserCommand(new EmailAddress(request.email()),
                new Password(request.password()), new PersonName(request.name()),
                request.language() == null ? Language.DEFAULT : Language.ofCode(request.language()),
                ClientAddresses.of(http)));
        return UserResponse.of(user);
    }

    @Operation(operationId = "logIn", summary = "Log in: an access and a refresh token")
    @PostMapping("/login")
    TokenResponse logIn(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return TokenResponse.of(loggingIn.logIn(
                new LogInCommand(request.email(), request.password(), ClientAddresses.of(http))));
    }

    @Operation(operationId = "refresh", summary = "Exchange a refresh token for new tokens")
    @PostMapping("/refresh")
    TokenResponse refresh(@Valid @RequestBody RefreshTokenRequest request, HttpServletRequest http) {
        return TokenResponse.of(refreshingSession.refresh(
                new RefreshSessionCommand(new SecretToken(request.refreshToken()), ClientAddresses.of(http))));
    }

    @Operation(operationId = "logOut", summary = "Log out: revoke the refresh token's family")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logOut(@Valid @RequestBody RefreshTokenRequest request, HttpServletRequest http) {
        loggingOut.logOut(new LogOutCommand(new SecretToken(request.refreshToken()), ClientAddresses.of(http)));
    }

    // the cookie variants are the web UI's own flow, left out of the public API document: there springdoc would fold
    // them into the JSON operations as an X-Session-Cookie parameter every partner's client would have to pass
    @Hidden
    @PostMapping(path = "/login", headers = SessionCookies.HEADER)
    ResponseEntity<TokenResponse> logInWithCookie(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        sessionCookies.requireTrustedOrigin(http);
        IssuedTokens tokens = loggingIn.logIn(new LogInCommand(request.email(), request.password(), ClientAddresses.of(http)));
        return withCookie(tokens);
    }

    /** Needs no body: the token is the cookie's. Without one (never signed in, or signed out) it is 401 like any refusal. */
    @Hidden
    @PostMapping(path = "/refresh", headers = SessionCookies.HEADER)
    ResponseEntity<TokenResponse> refreshWithCookie(HttpServletRequest http, HttpServletResponse response) {
        sessionCookies.requireTrustedOrigin(http);
        try {
            SecretToken token = sessionCookies.presented(http).orElseThrow(InvalidRefreshToken::new);
            return withCookie(refreshingSession.refresh(new RefreshSessionCommand(token, ClientAddresses.of(http))));
        } catch (InvalidRefreshToken | DisabledAccountNotPermitted refused) {
            // a cookie that can never work again is dropped, so the page stops offering it
            response.addHeader(HttpHeaders.SET_COOKIE, sessionCookies.cleared().toString());
            throw refused;
        }
    }

    /** Revokes the cookie's session, if any, and clears the cookie either way. */
    @Hidden
    @PostMapping(path = "/logout", headers = SessionCookies.HEADER)
    ResponseEntity<Void> logOutWithCookie(HttpServletRequest http) {
        sessionCookies.requireTrustedOrigin(http);
        sessionCookies.presented(http).ifPresent(token ->
                loggingOut.logOut(new LogOutCommand(token, ClientAddresses.of(http))));
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, sessionCookies.cleared().toString()).build();
    }

    private ResponseEntity<TokenResponse> withCookie(IssuedTokens tokens) {
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, sessionCookies.holding(tokens.refreshToken()).toString())
                .body(TokenResponse.withoutRefreshToken(tokens));
    }

    /** Accepted whatever the address: the answer must not tell whether it has an account. */
    @Operation(operationId = "forgotPassword", summary = "Ask for a password reset link by e-mail")
    @PostMapping("/password/forgot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void forgotPassword(@Valid @RequestBody ForgottenPasswordRequest request, HttpServletRequest http) {
        recoveringPassword.requestReset(
                new RequestPasswordResetCommand(new EmailAddress(request.email()), ClientAddresses.of(http)));
    }

    @Operation(operationId = "resetPassword", summary = "Set a new password with a reset token")
    @PostMapping("/password/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@Valid @RequestBody PasswordResetRequest request, HttpServletRequest http) {
        try {
            recoveringPassword.reset(new ResetPasswordCommand(new SecretToken(request.token()),
                    new Password(request.newPassword()), ClientAddresses.of(http)));
        } catch (PasswordPolicyViolation weak) {
            throw new RejectedField("newPassword", weak.getMessage());
        }
    }

    record RegistrationRequest(
            @NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email,
            @NotNull @Size(min = Password.MIN_LENGTH) String password,
            @NotBlank @Size(max = PersonName.MAX_LENGTH) String name,
            @Pattern(regexp = Language.CODES_PATTERN, message = Language.UNKNOWN_CODE_MESSAGE) String language) {

        @Override
        public String toString() {
            return "RegistrationRequest[email=" + email + ", password=hidden, name=" + name + ", language=" + language
                    + "]";
        }
    }

    record LoginRequest(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email,
                        @NotBlank @Size(max = MAX_LOGIN_PASSWORD_LENGTH) String password) {

        @Override
        public String toString() {
            return "LoginRequest[email=" + email + ", password=hidden]";
        }
    }

    record RefreshTokenRequest(@NotBlank @Size(max = SecretToken.MAX_LENGTH) String refreshToken) {

        @Override
        public String toString() {
            return "RefreshTokenRequest[hidden]";
        }
    }

    record ForgottenPasswordRequest(@NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email) {
    }

    record PasswordResetRequest(@NotBlank @Size(max = SecretToken.MAX_LENGTH) String token,
                                @NotNull @Size(min = Password.MIN_LENGTH) String newPassword) {

        @Override
        public String toString() {
            return "PasswordResetRequest[hidden]";
        }
    }

    /** {@code refreshToken} is left out when it travels in the cookie: a script on the page must never see it. */
    record TokenResponse(String accessToken, @JsonInclude(JsonInclude.Include.NON_NULL) String refreshToken,
                         String tokenType, long expiresIn) {

        static TokenResponse of(IssuedTokens tokens) {
            return new TokenResponse(tokens.accessToken(), tokens.refreshToken().value(), "Bearer",
                    tokens.accessTokenLifetime().toSeconds());
        }

        static TokenResponse withoutRefreshToken(IssuedTokens tokens) {
            return new TokenResponse(tokens.accessToken(), null, "Bearer", tokens.accessTokenLifetime().toSeconds());
        }

        @Override
        public String toString() {
            return "TokenResponse[hidden, expiresIn=" + expiresIn + "]";
        }
    }
}
