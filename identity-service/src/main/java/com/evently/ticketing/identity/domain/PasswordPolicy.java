package com.evently.ticketing.identity.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a chosen password must not be, beyond the length rules of {@link Password}: one of the passwords
 * attackers try first, or the person's own e-mail address or name. Each is compared in three forms (as typed
 * in lower case, with only its letters and digits, with only its letters), so {@code Password123!} and
 * {@code Dragon2024!!} count as the common passwords they are built on.
 */
public final class PasswordPolicy {

    private final Set<String> commonPasswords;

    /** @param commonPasswords passwords to refuse, in any letter case */
    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords.stream()
                .map(password -> password.strip().toLowerCase(Locale.ROOT))
                .filter(password -> !password.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @throws PasswordPolicyViolation naming the rule, never the password */
    public void check(Password password, EmailAddress email, PersonName name) {
        String typed = password.value().toLowerCase(Locale.ROOT);
        String lettersAndDigits = lettersAndDigitsOf(typed);
        String letters = lettersOf(typed);
        if (commonPasswords.contains(typed) || commonPasswords.contains(lettersAndDigits)
                || commonPasswords.contains(letters)) {
            throw new PasswordPolicyViolation("is too common: it is among the first passwords attackers try");
        }
        boolean personal = Stream.of(email.localPart(), email.value(), name.value().toLowerCase(Locale.ROOT))
                .map(PasswordPolicy::lettersOf)
                .anyMatch(letters::equals);
        if (!letters.isEmpty() && personal) {
            throw new PasswordPolicyViolation("must not be made of your e-mail address or your name");
        }
    }

    private static String lettersAndDigitsOf(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String lettersOf(String text) {
        return text.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
