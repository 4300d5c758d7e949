package com.evently.ticketing.platform.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SchemaNameCollisionGuardTest {

    private final ModelConverters converters = new ModelConverters();

    SchemaNameCollisionGuardTest() {
        converters.addConverter(new SchemaNameCollisionGuard());
    }

    @Test
    void refusesTwoClassesOfOneSimpleName() {
        assertThatIllegalStateException()
                .isThrownBy(() -> converters.readAll(LoginAnswer.class))
                .withMessageContaining("'TokenResponse'")
                .withMessageContaining(Login.TokenResponse.class.getName())
                .withMessageContaining(OAuth.TokenResponse.class.getName());
    }

    @Test
    void documentsOneClassUsedTwiceAndClassesRenamedApart() {
        assertThat(converters.readAll(RenamedAnswer.class))
                .containsKeys("RenamedAnswer", "TokenResponse", "AccessTokenResponse");
        assertThat(converters.readAll(Login.TokenResponse.class)).containsKey("TokenResponse");
    }

    record LoginAnswer(Login.TokenResponse login, OAuth.TokenResponse oauth) {
    }

    record RenamedAnswer(Login.TokenResponse login, Login.TokenResponse again, Renamed.TokenResponse oauth) {
    }

    static final class Login {
        record TokenResponse(String accessToken) {
        }
    }

    static final class OAuth {
        record TokenResponse(String access_token) {
        }
    }

    static final class Renamed {
        @Schema(name = "AccessTokenResponse")
        record TokenResponse(String access_token) {
        }
    }
}
