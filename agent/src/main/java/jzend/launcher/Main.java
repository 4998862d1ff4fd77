package jzend.launcher;

import jzend.sapi.cli.PhpCli;

/**
 * The launcher behind target/jzend.jar's Main-Class: starts the php-cli-like SAPI.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(PhpCli.run(args));
    }
}
