package jzend.phpt;

import jzend.main.InProcess;
import jzend.sapi.cli.PhpCli;
import jzend.zend.alloc.ZendMemoryManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs every phpt under src/test/phpt as php-src's run-tests.php would with {@code php -n}: the
 * FILE section written next to a name like the test's, {@code -d} for each INI line, ENV and
 * ARGS applied, through the real cli SAPI in this JVM. Output is compared by run-tests.php's
 * rules, and the request heap must be back at its baseline at request end (a leak fails the test).
 * The running is {@link PhptRunner}'s, shared with the agent module's PhptMallocIT (malloc modes).
 */
class PhptTest {
    static final Path ROOT = Path.of("src/test/phpt");

    @TempDir
    Path work;

    /** The expected failures: path → reason (see src/test/phpt/expected-failures.txt). */
    static final Map<String, String> EXPECTED_FAILURES;

    static {
        try {
            EXPECTED_FAILURES = PhptRunner.expectedFailures(ROOT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> phpt() throws Exception {
        List<String> names = PhptRunner.corpus(ROOT);
        assertFalse(names.isEmpty(), "no phpt files under " + ROOT.toAbsolutePath());
        return names.stream().map(name -> {
            Path f = ROOT.resolve(name);
            return DynamicTest.dynamicTest(name, f.toUri(), () -> {
                String reason = EXPECTED_FAILURES.get(name);
                if (reason == null) {
                    assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> run(f), "the script did not finish");
                    return;
                }
                try {
                    assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> run(f), "the script did not finish");
                } catch (AssertionError expected) {
                    Assumptions.abort("expected failure: " + reason);
                }
                fail(name + " passes now: remove it from src/test/phpt/expected-failures.txt");
            });
        });
    }

    private void run(Path phptPath) throws Exception {
        PhptRunner.Outcome o = PhptRunner.run(phptPath, work, PhptRunner.Allocator.ZENDMM);
        Assumptions.assumeFalse(o.status() == PhptRunner.Status.SKIP, o.message());
        if (o.status() == PhptRunner.Status.FAIL) fail(o.message());
    }

    @org.junit.jupiter.api.Test
    void theLeakCheckSeesABlockLeftAllocated() throws Exception {
        Path script = work.resolve("leak.php");
        Files.writeString(script, "<?php\n");
        try (InProcess p = new InProcess(Map.of(), file -> jzend.zend.alloc.ZendAlloc.emalloc(100))) {
            PhpCli.run(new String[] {"-n", script.toString()});
            assertEquals(112, ZendMemoryManager.last_request_leaked, "a 100-byte block (its 112-byte bin) left allocated");
        }
    }
}
