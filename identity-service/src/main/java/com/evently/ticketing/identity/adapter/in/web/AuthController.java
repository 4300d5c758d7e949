package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.port.in.LogIn;
import com.evently.ticketing.identity.application.port.in.RegisterUser;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.identity.domain.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final RegisterUser registerUser;
    private final LogIn logIn;

    AuthController(RegisterUser registerUser, LogIn logIn) {
        this.registerUser = registerUser;
        this.logIn = logIn;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse register(@Valid @RequestBody RegistrationRequest request) {
        User user = registerUser.register(new RegisterUser.Command(
                new EmailAddress(request.email()), new Password(request.password()), new PersonName(request.name())));
        return UserResponse.of(user);
    }

    @PostMapping("/login")
    TokenResponse logIn(@Valid @RequestBody LoginRequest request) {
        return TokenResponse.of(logIn.logIn(new LogIn.Command(request.email(), request.password())));
    }

    record RegistrationRequest(
            @NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email,
            @NotNull @Size(min = Password.MIN_LENGTH) String password,
            @NotBlank @Size(max = PersonName.MAX_LENGTH) String name) {

        @Override
        public String toString() {
            return "RegistrationRequest[email=" + email + ", password=hidden, name=" + name + "]";
        }
    }

    record LoginRequest(@NotBlank String email, @NotBlank String password) {

        @Override
        public String toString() {
            return "LoginRequest[email=" + email + ", password=hidden]";
        }
    }

    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

        static TokenResponse of(LogIn.IssuedTokens tokens) {
            return new TokenResponse(tokens.accessToken(), tokens.refreshToken().value(), "Bearer",
                    tokens.accessTokenLifetime().toSeconds());
        }

        @Override
        public String toString() {
            return "TokenResponse[hidden, expiresIn=" + expiresIn + "]";
        }
    }
}
