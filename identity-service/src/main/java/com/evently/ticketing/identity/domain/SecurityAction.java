package com.evently.ticketing.identity.domain;

/** The security-relevant things that happen to accounts, each recorded in the audit trail. */
public enum SecurityAction {
    USER_REGISTERED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_COMPLETED,
    EMAIL_CHANGED,
    ROLES_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    REFRESH_TOKEN_REUSE_DETECTED,
    SIGNING_KEY_ROTATED
}
