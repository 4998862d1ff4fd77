package jzend.main;

import jzend.main.PhpGetopt.Opt;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** php_getopt with php-cli's option table; the error texts are php 8.2.36's ({@code php -n -Z} etc.). */
class PhpGetoptTest {
    private static final List<Opt> OPTS = List.of(new Opt('c', 1, "php-ini"), new Opt('d', 1, "define"),
            new Opt('f', 1, "file"), new Opt('n', 0, "no-php-ini"), new Opt('q', 0, "no-header"), new Opt('v', 0, "version"));

    private record Run(List<String> opts, String errors, int optind) {}

    private static Run run(String... args) {
        StringBuilder err = new StringBuilder();
        PhpGetopt g = new PhpGetopt(args, OPTS, true, err);
        List<String> seen = new ArrayList<>();
        int c;
        while ((c = g.next()) != PhpGetopt.EOF) {
            if (c == PhpGetopt.INVALID_ARG) {
                seen.add("INVALID");
                break;
            }
            seen.add((char) c + (g.optarg != null && (c == 'd' || c == 'c' || c == 'f') ? "=" + g.optarg : ""));
            g.optarg = null;
        }
        return new Run(seen, err.toString(), g.optind);
    }

    @Test
    void unknownOptionsAsPhpReportsThem() {
        assertEquals("Error in argument 2, char 2: option not found Z\n", run("php", "-n", "-Z").errors());
        assertEquals("Error in argument 2, char 3: option not found Z\n", run("php", "-n", "-nZ").errors());
        assertEquals("Error in argument 2, char 2: no argument for option -\n", run("php", "-n", "--foo").errors());
        assertEquals("Error in argument 2, char 2: no argument for option d\n", run("php", "-n", "-d").errors());
        assertEquals("Error in argument 1, char 2: option not found Z\n", run("php", "-Z").errors());
    }

    @Test
    void valuesInAllThreeForms() {
        assertEquals(List.of("d=foo", "d=bar", "d=baz", "d=x=1"), run("php", "-dfoo", "-d", "bar", "-d=baz", "--define=x=1").opts());
    }

    @Test
    void bundledFlagsAndTheEndOfOptions() {
        Run r = run("php", "-nq", "--", "-v", "x.php");
        assertEquals(List.of("n", "q"), r.opts());
        assertEquals(3, r.optind());
        Run s = run("php", "-n", "script.php", "-v");
        assertEquals(List.of("n"), s.opts());
        assertEquals(2, s.optind());
        assertEquals(List.of(), run("php", "-", "-n").opts());
    }
}
