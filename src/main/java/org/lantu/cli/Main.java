package org.lantu.cli;

/** Entry point of {@code lantu.jar}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(LantuCommand.commandLine().execute(args));
    }
}
