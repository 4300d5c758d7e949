package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.ChangePasswordCommand;
import com.evently.ticketing.identity.application.ChangingPassword;
import com.evently.ticketing.identity.application.UpdateProfileCommand;
import com.evently.ticketing.identity.application.UpdatingProfile;
import com.evently.ticketing.identity.application.ViewingProfile;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Language;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.PasswordPolicyViolation;
import com.evently.ticketing.identity.domain.PersonName;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/** The signed-in user's own account. */
@RestController
@RequestMapping("/api/v1/users/me")
class UserController {

    private final ViewingProfile viewingProfile;
    private final UpdatingProfile updatingProfile;
    private final ChangingPassword changingPassword;

    UserController(ViewingProfile viewingProfile, UpdatingProfile updatingProfile, ChangingPassword changingPassword) {
        this.viewingProfile = viewingProfile;
        this.updatingProfile = updatingProfile;
        this.changingPassword = changingPassword;
    }

    @Operation(operationId = "me", summary = "The caller's profile")
    @GetMapping
    UserResponse me(AuthenticatedUser caller) {
        return UserResponse.of(viewingProfile.profileOf(caller.id()));
    }

    /**
     * A merge patch of name, e-mail and mail language. The request type has no other fields, so a {@code roles} or
     * {@code enabled} sent along is never read, let alone applied.
     */
    @Operation(operationId = "changeMe", summary = "Change the caller's name or e-mail")
    @PatchMapping
    UserResponse updateMe(AuthenticatedUser caller, @Valid @RequestBody ProfileChangeRequest request,
                          HttpServletRequest http) {
        return UserResponse.of(updatingProfile.update(new UpdateProfileCommand(caller.id(),
                Optional.ofNullable(request.email()).map(EmailAddress::new),
                Optional.ofNullable(request.name()).map(PersonName::new),
                Optional.ofNullable(request.language()).map(Language::ofCode),
                ClientAddresses.of(http))));
    }

    @Operation(operationId = "changePassword", summary = "Change the caller's password")
    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(AuthenticatedUser caller, @Valid @RequestBody PasswordChangeRequest request,
                        HttpServletRequest http) {
        try {
            changingPassword.change(new ChangePasswordCommand(caller.id(), request.currentPassword(),
                    new Password(request.newPassword()), ClientAddresses.of(http)));
        } catch (PasswordPolicyViolation weak) {
            throw new RejectedField("newPassword", weak.getMessage());
        }
    }

    record ProfileChangeRequest(
            @Email @Size(max = EmailAddress.MAX_LENGTH) String email,
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = PersonName.MAX_LENGTH)
            String name,
            @Pattern(regexp = Language.CODES_PATTERN, message = Language.UNKNOWN_CODE_MESSAGE) String language) {
    }

    record PasswordChangeRequest(@NotEmpty String currentPassword,
                                 @NotNull @Size(min = Password.MIN_LENGTH) String newPassword) {

        @Override
        public String toString() {
            return "PasswordChangeRequest[hidden]";
        }
    }
}
