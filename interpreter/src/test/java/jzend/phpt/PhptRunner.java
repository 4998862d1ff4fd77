package jzend.phpt;

import jzend.main.InProcess;
import jzend.sapi.cli.PhpCli;
import jzend.zend.alloc.ZendMemoryManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one phpt case as php-src's run-tests.php would with {@code php -n}: the FILE section
 * written next to a name like the test's, {@code -d} for each INI line, ENV and ARGS applied,
 * through the real cli SAPI in this JVM, under one of PHP's three allocators. Output is compared
 * by run-tests.php's rules against the expectation for that allocator, and the request heap must
 * be back at its baseline at request end (a leak fails the case) where usage is measured.
 *
 * <p>Shared by the interpreter's PhptTest (ZendMM) and the agent's PhptMallocIT, which loads this
 * class and the whole interpreter through the weaving class loader (USE_ZEND_ALLOC=0): so its
 * entry point for other class loaders, {@link #run(String, String, String)}, takes and returns
 * only java.* types.
 */
public final class PhptRunner {
    private PhptRunner() {}

    /** The corpus, relative to the interpreter module. */
    public static final String CORPUS = "src/test/phpt";

    /** PHP's allocators, as alloc_globals_ctor selects them from the environment. */
    public enum Allocator {
        /** ZendMM (no variable). */
        ZENDMM(null, Map.of()),
        /** USE_ZEND_ALLOC=0: __zend_malloc and friends; memory_get_usage() reads 0. */
        MALLOC("MALLOC", Map.of("USE_ZEND_ALLOC", "0")),
        /** USE_ZEND_ALLOC=0 USE_TRACKED_ALLOC=1: tracked_malloc; usage is the sum of requested sizes. */
        TRACKED("TRACKED", Map.of("USE_ZEND_ALLOC", "0", "USE_TRACKED_ALLOC", "1"));

        /** Suffix of this allocator's own expectation sections (EXPECT_MALLOC …), null for ZendMM. */
        public final String suffix;
        /** The environment that selects it. */
        public final Map<String, String> env;

        Allocator(String suffix, Map<String, String> env) {
            this.suffix = suffix;
            this.env = env;
        }

        /** Whether memory_get_usage() measures this allocator, so that a leak shows at request end. */
        public boolean measuresUsage() {
            return this != MALLOC;
        }
    }

    /** How a case ended. */
    public enum Status { PASS, FAIL, SKIP }

    /** The outcome of one case: its status and, unless it passed, why. */
    public record Outcome(Status status, String message) {}

    /** Every phpt file under the corpus, sorted, as paths relative to it ('/'-separated). */
    public static List<String> corpus(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".phpt")).sorted()
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    /** src/test/phpt/expected-failures.txt: path → reason. */
    public static Map<String, String> expectedFailures(Path root) throws IOException {
        return expectedFailures(root, "expected-failures.txt");
    }

    /** A list of expected failures beside the corpus ({@code <path><TAB><reason>} lines, # comments): path → reason. */
    public static Map<String, String> expectedFailures(Path root, String listName) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(root.resolve(listName))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", 2);
            out.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return out;
    }

    /**
     * The entry point for a caller in another class loader: runs {@code phpt} under the allocator
     * named {@code allocator} (ZENDMM, MALLOC, TRACKED) with scratch files in {@code work}; returns
     * {status, message}.
     */
    public static String[] run(String phpt, String work, String allocator) {
        try {
            Outcome o = run(Path.of(phpt), Path.of(work), Allocator.valueOf(allocator));
            return new String[] {o.status().name(), o.message()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one case. */
    public static Outcome run(Path phptPath, Path work, Allocator allocator) throws IOException {
        PhptFile t = PhptFile.read(phptPath);
        String base = phptPath.getFileName().toString().replaceAll("\\.phpt$", "");
        if (t.has("SKIPIF")) {
            Result skip = execute(t, allocator, work.resolve(base + ".skip.php"), t.section("SKIPIF").getBytes(StandardCharsets.ISO_8859_1));
            if (skip.stdout.trim().startsWith("skip")) return new Outcome(Status.SKIP, skip.stdout.trim());
        }
        String variant = t.zendmmOnly() ? allocator.suffix : null;
        if (variant != null && !t.hasExpectation(variant)) {
            return new Outcome(Status.FAIL, phptPath + " is marked --ALLOCATOR-- zendmm but has no --EXPECT_" + variant
                    + "-- (or --EXPECTF_" + variant + "--) section: produce it with tools/recheck-phpt --update-malloc");
        }
        Result r = execute(t, allocator, work.resolve(base + ".php"), t.file());
        if (!t.matches(r.stdout, variant)) {
            return new Outcome(Status.FAIL, "output of " + t.title() + " (" + phptPath + ", " + allocator + ")\n--- expected\n"
                    + t.expected(variant) + "\n--- actual\n" + PhptFile.normalise(r.stdout));
        }
        if (allocator.measuresUsage() && r.leaked != 0) {
            return new Outcome(Status.FAIL, phptPath + " (" + allocator + "): " + r.leaked + " bytes leaked by the request");
        }
        return new Outcome(Status.PASS, "");
    }

    /**
     * What the leak check reads after a request whose engine leaves one {@code size}-byte block
     * allocated, under {@code allocator} (ZENDMM, TRACKED): proves the check can fail.
     */
    public static long leakOfOneBlock(String work, String allocator, long size) throws IOException {
        Path script = Path.of(work).resolve("leak.php");
        Files.writeString(script, "<?php\n");
        try (InProcess p = new InProcess(new HashMap<>(Allocator.valueOf(allocator).env),
                file -> jzend.zend.alloc.ZendAlloc.emalloc(size))) {
            ZendMemoryManager.last_request_leaked = 0;
            PhpCli.run(new String[] {"-n", script.toString()});
            return ZendMemoryManager.last_request_leaked;
        }
    }

    private record Result(String stdout, long leaked) {}

    private static Result execute(PhptFile t, Allocator allocator, Path script, byte[] code) throws IOException {
        Files.write(script, code);
        List<String> args = new ArrayList<>(List.of("-n"));
        for (String ini : t.ini()) {
            args.add("-d");
            args.add(ini);
        }
        args.add(script.toString());
        args.addAll(t.args());
        Map<String, String> env = new HashMap<>(t.env());
        env.putAll(allocator.env);
        try (InProcess p = new InProcess(env, null)) {
            ZendMemoryManager.last_request_leaked = 0;
            PhpCli.run(args.toArray(new String[0]));
            return new Result(p.stdout(), ZendMemoryManager.last_request_leaked);
        }
    }
}
