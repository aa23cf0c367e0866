package org.lantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import picocli.CommandLine;

/** A failed command says what went wrong in one line and exits 1. */
class LantuCommandTests {

    @Test
    void aBadSettingIsNamedNotTheBeanItBroke() throws Exception {
        CommandLine cl = LantuCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        Exception failure = new BeanCreationException(
                "searchService",
                "Failed to instantiate [org.lantu.search.SearchService]: Constructor threw exception",
                new IllegalArgumentException(
                        "lantu.search.concurrency must be 0 (one search per core) or more, not -1"));

        int exit = cl.getExecutionExceptionHandler().handleExecutionException(failure, cl, null);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("lantu: lantu.search.concurrency must be 0 (one search per core) or more, not -1");
    }

    @Test
    void anyOtherFailureKeepsItsOwnMessage() throws Exception {
        CommandLine cl = LantuCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));

        int exit = cl.getExecutionExceptionHandler()
                .handleExecutionException(
                        new IllegalStateException("the store at /tmp/x is in use", new RuntimeException("lock")),
                        cl,
                        null);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("lantu: the store at /tmp/x is in use");
    }
}
