package org.lantu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.lantu.plan.PlanService;

/**
 * The PLAN argument of commands that work on a stored plan: a plan id, or the path of a document already
 * imported, matched by the SHA-256 of its content.
 */
final class PlanArgument {

    private PlanArgument() {}

    /** The plan's id; an {@link IllegalArgumentException} naming what was not found. */
    static long resolve(PlanService plans, String argument) {
        if (argument.matches("\\d{1,18}")) {
            long id = Long.parseLong(argument);
            if (plans.plan(id).isEmpty()) {
                throw new IllegalArgumentException("no plan " + id + " in the store");
            }
            return id;
        }
        Path file = Path.of(argument);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(argument + ": neither a plan id nor a file");
        }
        try {
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            return plans.planOfSource(sha)
                    .orElseThrow(() -> new IllegalArgumentException(
                            argument + ": this document has not been imported (lantu import " + argument + ")"));
        } catch (IOException e) {
            throw new IllegalArgumentException(argument + ": cannot be read (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
