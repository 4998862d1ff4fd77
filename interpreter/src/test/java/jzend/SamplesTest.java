package jzend;

import jzend.main.InProcess;
import jzend.sapi.cli.PhpCli;
import jzend.zend.alloc.ZendMemoryManager;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Runs every script of samples/ and samples/bench/ that has a committed {@code <name>.out} (what
 * {@code php -n} prints) through the real cli SAPI in this JVM: the output must match byte for
 * byte and the request heap must be back at its baseline (a leak fails the test). For the bench
 * scripts the {@code peak:} line is left out, as bench/php-vs-jzend does (their .out files hold
 * the checksum lines only).
 *
 * <p>Samples without a .out file, and why:
 * <ul>
 *   <li>hello.php and mem_*.php print absolute memory_get_usage() figures, which include php's own
 *       start-up allocations (about 390 KB of function and class tables under php -n, 265 KB
 *       under jzend): deterministic for one build, but not reproducible by a port of the
 *       allocator alone.</li>
 *   <li>mem_fragmentation.php and mem_huge_blocks.php also print memory_get_usage(true) (chunk
 *       and mapping sizes) and mem_limit.php is meant to run with {@code -d memory_limit=8M}.</li>
 * </ul>
 * Bench scripts left out of this test because they take well over 3 s under jzend and accept
 * no smaller input (bench/php-vs-jzend --check covers them): see {@link #SLOW}.
 */
class SamplesTest {
    static final Path SAMPLES = Path.of(System.getProperty("jzend.root", ".."), "samples");

    /**
     * Bench scripts too slow for a unit test: 4-7 s each in-process under jzend (measured on the
     * shared 2-core machine; php takes 0.6-1.3 s), and none takes a size argument. Run them too
     * with {@code -Djzend.samples.all=true}.
     */
    static final Set<String> SLOW = Boolean.getBoolean("jzend.samples.all") ? Set.of() : Set.of(
            "bench/calls.php", "bench/floats.php", "bench/hashes.php", "bench/matrix.php",
            "bench/sorting.php", "bench/strings.php");

    @TestFactory
    Stream<DynamicTest> samples() throws Exception {
        List<Path> scripts;
        try (Stream<Path> s = Stream.concat(Files.list(SAMPLES), Files.list(SAMPLES.resolve("bench")))) {
            scripts = s.filter(p -> p.toString().endsWith(".php"))
                    .filter(p -> Files.exists(out(p)))
                    .filter(p -> !SLOW.contains(SAMPLES.relativize(p).toString()))
                    .sorted().toList();
        }
        assertTrue(scripts.size() >= 6, "samples with a .out under " + SAMPLES.toAbsolutePath() + ": " + scripts);
        return scripts.stream().map(p -> DynamicTest.dynamicTest(SAMPLES.relativize(p).toString(), p.toUri(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(p), "the script did not finish")));
    }

    private static Path out(Path script) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - 4) + ".out");
    }

    private static void run(Path script) throws Exception {
        boolean bench = script.getParent().getFileName().toString().equals("bench");
        String expected = Files.readString(out(script), StandardCharsets.ISO_8859_1);
        String actual;
        long leaked;
        try (InProcess p = new InProcess(Map.of(), null)) {
            ZendMemoryManager.last_request_leaked = 0;
            int status = PhpCli.run(new String[] {"-n", script.toString()});
            p.stdout(); // flushes php's output buffer
            actual = new String(p.out.toByteArray(), StandardCharsets.ISO_8859_1);
            leaked = ZendMemoryManager.last_request_leaked;
            assertEquals(0, status, () -> "exit status; stderr: " + p.stderr());
        }
        if (bench) {
            actual = actual.lines().filter(l -> !l.startsWith("peak:")).collect(Collectors.joining("\n", "", "\n"));
        }
        assertEquals(expected, actual, "output of " + script);
        assertEquals(0, leaked, "bytes leaked by " + script);
    }
}
