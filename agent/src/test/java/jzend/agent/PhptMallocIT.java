package jzend.agent;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The interpreter's phpt corpus under the system allocator, in-process: the interpreter and the
 * phpt runner of its test-jar (jzend.phpt.PhptRunner) are loaded through a
 * {@link WeavingClassLoader}, as {@code USE_ZEND_ALLOC=0 java -jar target/jzend.jar} does, and each
 * case runs with USE_ZEND_ALLOC=0 (memory_get_usage() reads 0: no leak check) and with
 * USE_ZEND_ALLOC=0 USE_TRACKED_ALLOC=1 (the leak check reads the tracked allocator's live bytes).
 * Cases marked {@code --ALLOCATOR--} zendmm are held to their {@code --EXPECT_MALLOC--} /
 * {@code --EXPECT_TRACKED--} sections; the expected failures of the ZendMM run are skipped, and
 * those of the malloc modes alone are listed in expected-failures-malloc.txt beside the corpus.
 * {@code -Dphpt.only=memory/} runs the cases whose path contains that text.
 */
class PhptMallocIT {
    static final Path ROOT = Path.of(System.getProperty("jzend.root", ".."), "interpreter", "src", "test", "phpt");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> underMalloc() throws Exception {
        return corpus("MALLOC");
    }

    @TestFactory
    Stream<DynamicTest> underTrackedMalloc() throws Exception {
        return corpus("TRACKED");
    }

    private Stream<DynamicTest> corpus(String allocator) throws Exception {
        ClassLoader woven = new WeavingClassLoader(getClass().getClassLoader());
        Class<?> runner = Class.forName("jzend.phpt.PhptRunner", true, woven);
        assertSame(woven, runner.getClassLoader(), "the runner and the interpreter are the woven ones");
        Method run = runner.getMethod("run", String.class, String.class, String.class);
        String only = System.getProperty("phpt.only", "");
        List<String> names = jzend.phpt.PhptRunner.corpus(ROOT).stream().filter(n -> n.contains(only)).toList();
        Map<String, String> expectedFailures = jzend.phpt.PhptRunner.expectedFailures(ROOT);
        Map<String, String> mallocFailures = jzend.phpt.PhptRunner.expectedFailures(ROOT, "expected-failures-malloc.txt");
        assertTrue(!only.isEmpty() || names.size() > 100, "the corpus is at " + ROOT.toAbsolutePath());

        DynamicTest whichAllocator = DynamicTest.dynamicTest("the malloc layer ran, ZendMM did not", () -> {
            long[] before = (long[]) call(woven, "jzend.agent.MallocAlloc", "callCounts");
            String[] o = (String[]) run.invoke(null, ROOT.resolve("basic/hello_echo.phpt").toString(), work.toString(), allocator);
            assertEquals("PASS", o[0], o[1]);
            long[] after = (long[]) call(woven, "jzend.agent.MallocAlloc", "callCounts");
            assertTrue(after[0] > before[0] && after[3] > before[3], "malloc and free were called");
            Class<?> globals = Class.forName("jzend.zend.alloc.AllocGlobals", true, woven);
            assertNull(globals.getField("mm_heap").get(null), "no ZendMM heap");
        });
        DynamicTest leakCheck = DynamicTest.dynamicTest("the leak check sees a block left allocated", () -> {
            Method leak = runner.getMethod("leakOfOneBlock", String.class, String.class, long.class);
            if (allocator.equals("TRACKED")) {
                assertEquals(100L, leak.invoke(null, work.toString(), allocator, 100L), "tracked: the 100 bytes asked for");
            } else {
                assertEquals(0L, leak.invoke(null, work.toString(), allocator, 100L), "plain malloc measures nothing");
            }
        });
        Stream<DynamicTest> cases = names.stream().map(name -> DynamicTest.dynamicTest(name, ROOT.resolve(name).toUri(), () -> {
            String reason = expectedFailures.get(name);
            Assumptions.assumeTrue(reason == null, () -> "expected failure under ZendMM too: " + reason);
            String mallocReason = mallocFailures.get(name);
            boolean listed = mallocReason != null && (mallocReason.startsWith(allocator + "\t") || mallocReason.startsWith("ALL\t"));
            // a case that corrupts the C heap would take the whole JVM down: not run
            Assumptions.assumeFalse(listed && mallocReason.contains("\tcrash:"), () -> "expected failure: " + mallocReason);
            String[] o = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    return (String[]) run.invoke(null, ROOT.resolve(name).toString(), work.toString(), allocator);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }, "the script did not finish");
            Assumptions.assumeFalse("SKIP".equals(o[0]), o[1]);
            if (listed) {
                Assumptions.assumeTrue("PASS".equals(o[0]), () -> "expected failure: " + mallocReason);
                fail(name + " passes now under " + allocator + ": remove it from expected-failures-malloc.txt");
            }
            if (!"PASS".equals(o[0])) fail(o[1]);
        }));
        return Stream.concat(Stream.of(whichAllocator, leakCheck), cases);
    }

    private static Object call(ClassLoader loader, String cls, String method) throws Exception {
        return Class.forName(cls, true, loader).getMethod(method).invoke(null);
    }
}
