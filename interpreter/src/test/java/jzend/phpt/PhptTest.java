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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs every phpt under src/test/phpt as php-src's run-tests.php would with {@code php -n}: the
 * FILE section written next to a name like the test's, {@code -d} for each INI line, ENV and
 * ARGS applied, through the real cli SAPI in this JVM. Output is compared by run-tests.php's
 * rules, and the request heap must be back at its baseline at request end (a leak fails the test).
 */
class PhptTest {
    static final Path ROOT = Path.of("src/test/phpt");

    @TempDir
    Path work;

    /** The expected failures: path → reason (see src/test/phpt/expected-failures.txt). */
    static final Map<String, String> EXPECTED_FAILURES = new HashMap<>();

    static {
        try {
            for (String line : Files.readAllLines(ROOT.resolve("expected-failures.txt"))) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t", 2);
                EXPECTED_FAILURES.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> phpt() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".phpt")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no phpt files under " + ROOT.toAbsolutePath());
        return files.stream().map(f -> {
            String name = ROOT.relativize(f).toString().replace('\\', '/');
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
        PhptFile t = PhptFile.read(phptPath);
        String base = phptPath.getFileName().toString().replaceAll("\\.phpt$", "");
        if (t.has("SKIPIF")) {
            Result skip = execute(t, work.resolve(base + ".skip.php"), t.section("SKIPIF").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            Assumptions.assumeFalse(skip.stdout.trim().startsWith("skip"), skip.stdout.trim());
        }
        Result r = execute(t, work.resolve(base + ".php"), t.file());
        assertTrue(t.matches(r.stdout), () -> "output of " + t.title() + " (" + phptPath + ")\n--- expected\n"
                + t.expected() + "\n--- actual\n" + PhptFile.normalise(r.stdout));
        assertEquals(0, r.leaked, "bytes leaked by the request");
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

    record Result(String stdout, long leaked) {}

    private Result execute(PhptFile t, Path script, byte[] code) throws Exception {
        Files.write(script, code);
        List<String> args = new ArrayList<>(List.of("-n"));
        for (String ini : t.ini()) {
            args.add("-d");
            args.add(ini);
        }
        args.add(script.toString());
        args.addAll(t.args());
        Map<String, String> env = new HashMap<>(t.env());
        try (InProcess p = new InProcess(env, null)) {
            ZendMemoryManager.last_request_leaked = 0;
            PhpCli.run(args.toArray(new String[0]));
            return new Result(p.stdout(), ZendMemoryManager.last_request_leaked);
        }
    }
}
