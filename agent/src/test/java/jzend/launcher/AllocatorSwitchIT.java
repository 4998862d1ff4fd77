package jzend.launcher;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Switching allocators with the environment, as a user does (target/jzend.jar in a child JVM):
 * which allocator ran (JZEND_TRACE=startup prints the heap's state at each stage), that the
 * script's output does not depend on it, and memory_limit as PHP 8.2 applies it in each mode.
 * Expected texts and exit codes were recorded from php 8.2.36 -n with the same variables.
 */
class AllocatorSwitchIT {
    static final Path SAMPLES = Path.of(System.getProperty("jzend.root", ".."), "samples");

    static final Map<String, String> MALLOC = Map.of("USE_ZEND_ALLOC", "0");
    static final Map<String, String> TRACKED = Map.of("USE_ZEND_ALLOC", "0", "USE_TRACKED_ALLOC", "1");

    /** The heap's state when the request ends, from the startup trace. */
    static String heapAtRequestEnd(JzendProcess.Result r) {
        return r.stderr().lines().filter(l -> l.contains("php_request_shutdown |")).findFirst()
                .orElseThrow(() -> new AssertionError("no php_request_shutdown line in\n" + r.stderr()));
    }

    static long figure(String line, String name) {
        var m = java.util.regex.Pattern.compile(" " + name + "=(\\d+)").matcher(line);
        assertTrue(m.find(), name + " in " + line);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theVariableDecidesWhichAllocatorRunsAndTheOutputIsTheSame() throws Exception {
        String script = SAMPLES.resolve("sieve.php").toString();
        Map<String, String> trace = Map.of("JZEND_TRACE", "startup");
        var z = JzendProcess.run(trace, null, "-n", script);
        var m = JzendProcess.run(with(trace, MALLOC), null, "-n", script);
        var t = JzendProcess.run(with(trace, TRACKED), null, "-n", script);
        for (var r : List.of(z, m, t)) assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(java.nio.file.Files.readString(SAMPLES.resolve("sieve.out")), z.stdout());
        assertEquals(z.stdout(), m.stdout());
        assertEquals(z.stdout(), t.stdout());

        String zh = heapAtRequestEnd(z), mh = heapAtRequestEnd(m), th = heapAtRequestEnd(t);
        assertTrue(zh.contains("| heap zendmm ") && figure(zh, "chunks") >= 1, zh);
        assertFalse(zh.contains("malloc="), "no malloc layer without the variable: " + zh);
        assertTrue(mh.contains("| heap malloc malloc=") && !mh.contains("zendmm"), mh);
        assertTrue(figure(mh, "malloc") > 0 && figure(mh, "free") > 0, "the malloc counters moved: " + mh);
        assertEquals(0, figure(mh, "size"), "untracked: usage reads 0");
        assertTrue(th.contains("| heap malloc (tracked) malloc=") && figure(th, "size") > 0, th);
        assertTrue(z.stderr().contains("zend_mm_init") && !m.stderr().contains("zend_mm_init"), "ZendMM is never started under USE_ZEND_ALLOC=0");
    }

    @Test
    void trackedMallocEnforcesMemoryLimitWithPhpsMessage() throws Exception {
        String script = SAMPLES.resolve("mem_limit.php").toString();
        var r = JzendProcess.run(TRACKED, null, "-n", "-d", "memory_limit=8M", script);
        assertEquals(255, r.exitCode(), r.stderr());
        // USE_ZEND_ALLOC=0 USE_TRACKED_ALLOC=1 php -n -d memory_limit=8M samples/mem_limit.php
        assertEquals("\nFatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 136 bytes) in "
                + script + " on line 7\n", r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void plainMallocHasNoMemoryLimit() throws Exception {
        String script = SAMPLES.resolve("mem_limit.php").toString();
        var r = JzendProcess.run(MALLOC, null, "-n", "-d", "memory_limit=8M", script);
        assertEquals(0, r.exitCode(), r.stderr());
        // USE_ZEND_ALLOC=0 php -n -d memory_limit=8M samples/mem_limit.php
        assertEquals("done: 200000 rows, usage 0\n", r.stdout());
        var z = JzendProcess.run(Map.of(), null, "-n", "-d", "memory_limit=8M", script);
        assertEquals(255, z.exitCode());
        // php -n -d memory_limit=8M samples/mem_limit.php (ZendMM: the next chunk would pass the limit)
        assertEquals("\nFatal error: Allowed memory size of 8388608 bytes exhausted (tried to allocate 2097152 bytes) in "
                + script + " on line 7\n", z.stdout());
    }

    @Test
    void javaagentRunsTheCliOnMallocForEmbedders() throws Exception {
        String code = "$a = []; for ($i = 0; $i < 1000; $i++) $a[] = str_repeat('x', $i); echo count($a), ' ', memory_get_usage(), \"\\n\";";
        // USE_ZEND_ALLOC=0 java -javaagent:target/jzend.jar -cp target/jzend.jar jzend.sapi.cli.PhpCli -n -r '…'
        List<String> cmd = List.of(JzendProcess.java(), "--enable-native-access=ALL-UNNAMED", "-javaagent:" + JzendProcess.jar(),
                "-cp", JzendProcess.jar().toString(), "jzend.sapi.cli.PhpCli", "-n", "-r", code);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("USE_TRACKED_ALLOC");
        pb.environment().put("USE_ZEND_ALLOC", "0");
        pb.environment().put("JZEND_TRACE", "startup");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("1000 0\n", out);
        String heap = heapAtRequestEnd(new JzendProcess.Result(0, out, err));
        assertTrue(heap.contains("| heap malloc malloc=") && figure(heap, "malloc") >= 1000, heap);
    }

    private static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        var m = new java.util.HashMap<>(a);
        m.putAll(b);
        return m;
    }
}
