package com.evently.ticketing.identity.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A user changed their own e-mail address, name or language; carries the profile as it is now. Published as the
 * {@code UserProfileChanged} contract.
 */
public record ProfileEdited(UUID userId, EmailAddress email, PersonName name, Language language,
                            Instant occurredAt) {
}
