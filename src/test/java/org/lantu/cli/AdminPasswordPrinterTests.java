package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantu.security.AdminAccountCreated;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AdminPasswordPrinterTests {

    @Test
    void printsAGeneratedPasswordAndWhereItIs(CapturedOutput output) {
        new AdminPasswordPrinter()
                .adminCreated(new AdminAccountCreated(
                        "admin", "Generated24CharsPassword", Path.of("/data/admin-password.txt")));
        assertThat(output.getOut())
                .contains("admin password: Generated24CharsPassword (also written to /data/admin-password.txt)");
    }

    @Test
    void printsNothingForAPasswordFromTheEnvironment(CapturedOutput output) {
        new AdminPasswordPrinter().adminCreated(new AdminAccountCreated("admin", null, null));
        assertThat(output.getOut()).doesNotContain("password");
    }
}
