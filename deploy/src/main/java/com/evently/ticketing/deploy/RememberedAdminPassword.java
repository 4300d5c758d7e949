package com.evently.ticketing.deploy;

import java.nio.file.Path;
import java.util.Map;

/**
 * identity-service creates the administrator only on its first start against an empty database. With the
 * database kept between runs, a password generated anew each run would be wrong from the second run on, so
 * the first generated one is remembered beside the data and reused.
 */
final class RememberedAdminPassword {

    private RememberedAdminPassword() {
    }

    /** BOOTSTRAP_ADMIN_PASSWORD wins; otherwise the remembered password; otherwise a new one, remembered. */
    static AdminAccount resolve(Map<String, String> environment, Path passwordFile) {
        AdminAccount fromEnvironment = AdminAccount.fromEnvironment(environment);
        if (!fromEnvironment.passwordGenerated()) {
            return fromEnvironment;
        }
        String password = RememberedSecret.readOrCreate(passwordFile, fromEnvironment::password);
        return new AdminAccount(fromEnvironment.email(), password, true);
    }
}
