package com.evently.ticketing.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("qwertyuiop", "Password123", "dragon"));
    private final EmailAddress email = new EmailAddress("maria.fernandez@example.com");
    private final PersonName name = new PersonName("Ana Lucia Diaz");

    @Test
    void refusesACommonPasswordInAnyLetterCase() {
        assertRefused("QwertyUiop", "too common");
        assertRefused("password123", "too common");
    }

    @Test
    void refusesACommonPasswordDressedUpWithDigitsAndSymbols() {
        assertRefused("Password123!", "too common");
        assertRefused("Dragon2024!!", "too common");
        assertRefused("--qwertyuiop--", "too common");
    }

    @Test
    void refusesTheEmailAddressOrItsLocalPart() {
        assertRefused("maria.fernandez@example.com", "e-mail address or your name");
        assertRefused("MariaFernandez1990", "e-mail address or your name");
    }

    @Test
    void refusesTheOwnName() {
        assertRefused("ana lucia diaz", "e-mail address or your name");
        assertRefused("AnaLuciaDiaz!!", "e-mail address or your name");
    }

    @Test
    void acceptsAnUncommonPassphrase() {
        assertThatCode(() -> policy.check(new Password("violet tram at dusk 7"), email, name)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(new Password("4829-1736-5501"), email, name)).doesNotThrowAnyException();
    }

    @Test
    void bundlesAListOfCommonPasswords() throws Exception {
        try (var list = PasswordPolicyTest.class.getResourceAsStream("/security/common-passwords.txt")) {
            String[] lines = new String(list.readAllBytes()).lines().filter(line -> !line.startsWith("#")).toArray(String[]::new);
            PasswordPolicy bundled = new PasswordPolicy(Set.of(lines));

            org.assertj.core.api.Assertions.assertThat(lines).hasSizeGreaterThan(500).contains("1234567890", "qwertyuiop");
            assertThatThrownBy(() -> bundled.check(new Password("Iloveyou2024!"), email, name))
                    .isInstanceOf(PasswordPolicyViolation.class);
        }
    }

    private void assertRefused(String password, String rule) {
        assertThatThrownBy(() -> policy.check(new Password(password), email, name))
                .isInstanceOf(PasswordPolicyViolation.class)
                .hasMessageContaining(rule)
                .message().doesNotContain(password);
    }
}
