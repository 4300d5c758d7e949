package com.evently.ticketing.identity.adapter.out.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.contracts.identity.SecurityEventRecorded;
import com.evently.ticketing.contracts.identity.UserProfileChanged;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.contracts.identity.UserRoleChanged;
import com.evently.ticketing.identity.application.port.out.IntegrationEvents;
import com.evently.ticketing.identity.domain.AccountOpened;
import com.evently.ticketing.identity.domain.PasswordResetIssued;
import com.evently.ticketing.identity.domain.ProfileEdited;
import com.evently.ticketing.identity.domain.RolesChanged;
import com.evently.ticketing.identity.domain.SecurityEvent;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import com.evently.ticketing.platform.security.FieldSealing;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Maps domain events to their published contracts and hands them to the outbox of the current transaction. The
 * reset token leaves only sealed: the outbox row and the Kafka record are read by others.
 */
@Component
class OutboxIntegrationEvents implements IntegrationEvents {

    /** Kafka key of audit entries that concern no account and no caller, such as a scheduled key rotation. */
    private static final String SYSTEM_KEY = "identity-service";

    private final OutboxWriter.AggregateOutbox users;
    private final OutboxWriter.AggregateOutbox securityEvents;
    private final FieldSealing sealing;

    OutboxIntegrationEvents(OutboxWriter outbox, FieldSealing sealing) {
        this.users = outbox.forAggregate("User");
        this.securityEvents = outbox.forAggregate("SecurityEvent");
        this.sealing = sealing;
    }

    @Override
    public void accountOpened(AccountOpened event) {
        var contract = new UserRegistered(
                event.userId(),
                event.email().value(),
                event.name().value(),
                roleNames(event.roles()),
                event.language().code(),
                event.occurredAt());
        users.append(EventTypes.USER_REGISTERED, event.userId(), contract);
    }

    @Override
    public void passwordResetIssued(PasswordResetIssued event) {
        var contract = new PasswordResetRequested(
                event.userId(),
                event.email().value(),
                event.name().value(),
                sealing.seal(event.token().value(), PasswordResetRequested.sealingContext(event.userId())),
                event.expiresAt(),
                event.occurredAt());
        users.append(EventTypes.PASSWORD_RESET_REQUESTED, event.userId(), contract);
    }

    @Override
    public void rolesChanged(RolesChanged event) {
        var contract = new UserRoleChanged(
                event.userId(),
                event.email().value(),
                roleNames(event.previousRoles()),
                roleNames(event.roles()),
                event.changedBy(),
                event.occurredAt());
        users.append(EventTypes.USER_ROLE_CHANGED, event.userId(), contract);
    }

    @Override
    public void profileEdited(ProfileEdited event) {
        var contract = new UserProfileChanged(
                event.userId(),
                event.email().value(),
                event.name().value(),
                event.language().code(),
                event.occurredAt());
        users.append(EventTypes.USER_PROFILE_CHANGED, event.userId(), contract);
    }

    /**
     * Keyed by the account concerned, so one account's trail stays in order; failed logins for addresses
     * without an account are keyed by that address, so a guessing run stays in order too.
     */
    @Override
    public void securityEventRecorded(SecurityEvent event) {
        var contract = new SecurityEventRecorded(
                event.action().name(),
                event.outcome().name(),
                event.actorId(),
                event.subjectUserId(),
                event.email(),
                event.clientAddress() == null ? null : event.clientAddress().value(),
                event.detail(),
                event.occurredAt());
        securityEvents.append(EventTypes.SECURITY_EVENT_RECORDED, keyOf(event), contract);
    }

    private static Object keyOf(SecurityEvent event) {
        if (event.subjectUserId() != null) {
            return event.subjectUserId();
        }
        if (event.email() != null) {
            return event.email();
        }
        return event.actorId() != null ? event.actorId() : SYSTEM_KEY;
    }

    private static List<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).toList();
    }
}
