package org.lantu.cli;

import org.lantu.security.AdminAccountCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the generated password of the first start's admin user, once: only the terminal sees it. */
@Component
class AdminPasswordPrinter {

    @EventListener
    void adminCreated(AdminAccountCreated event) {
        if (event.generatedPassword() == null) {
            return;
        }
        System.out.println(event.username() + " password: " + event.generatedPassword()
                + (event.passwordFile() != null ? " (also written to " + event.passwordFile() + ")" : ""));
        System.out.flush();
    }
}
