package jzend.agent;

import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The JVMTI-free path in-process: interpreter classes loaded through the weaving class loader. */
class WeavingTest {

    /** Calls a static method of a class as the given loader defines it. */
    static Object call(ClassLoader loader, String cls, String method, Object... args) throws Throwable {
        for (Method m : Class.forName(cls, true, loader).getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(null, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(cls + "." + method);
    }

    static final String PROBE = "jzend.probe.AllocProbe";

    @Test
    void wovenCallersReachMallocAndZendMMIsNeverStarted() throws Throwable {
        ClassLoader woven = new WeavingClassLoader(getClass().getClassLoader());
        call(woven, PROBE, "start", Map.of("USE_ZEND_ALLOC", "0"));
        try {
            assertEquals(false, call(woven, PROBE, "isZendMM"));
            assertTrue(call(woven, PROBE, "status").toString().startsWith("malloc "), "the malloc layer answers");
            Class<?> globals = Class.forName("jzend.zend.alloc.AllocGlobals", true, woven);
            assertNull(globals.getField("mm_heap").get(null), "ZendMM is never started");
            long[] before = (long[]) call(woven, "jzend.agent.MallocAlloc", "callCounts");
            assertEquals(0x11L, call(woven, PROBE, "roundTrip", 100_000L));
            long[] after = (long[]) call(woven, "jzend.agent.MallocAlloc", "callCounts");
            assertEquals(before[0] + 1, after[0], "one malloc");
            assertEquals(before[2] + 1, after[2], "one realloc");
            assertEquals(before[3] + 1, after[3], "one free");
            assertEquals(0L, call(woven, PROBE, "usage", false), "untracked: usage reads 0, as in PHP");
            assertEquals(0L, call(woven, PROBE, "peak", true));
        } finally {
            call(woven, PROBE, "stop", false);
        }
    }

    @Test
    void trackedModeCountsSizesAndEnforcesTheLimit() throws Throwable {
        ClassLoader woven = new WeavingClassLoader(getClass().getClassLoader());
        call(woven, PROBE, "start", Map.of("USE_ZEND_ALLOC", "0", "USE_TRACKED_ALLOC", "1"));
        try {
            long a = (long) call(woven, PROBE, "emalloc", 1000L);
            long b = (long) call(woven, PROBE, "emalloc", 33L);
            assertEquals(1033L, call(woven, PROBE, "usage", false));
            assertEquals(1033L, call(woven, PROBE, "usage", true));
            assertEquals(0L, call(woven, PROBE, "peak", false), "tracked peaks are never updated");
            assertEquals(true, call(woven, PROBE, "setLimit", 4096L));
            Throwable t = assertThrows(Throwable.class, () -> call(woven, PROBE, "emalloc", 5000L));
            assertEquals("jzend.zend.ZendBailout", t.getClass().getName());
            assertEquals("Allowed memory size of 4096 bytes exhausted (tried to allocate 5000 bytes)", t.getMessage());
            call(woven, PROBE, "efree", a);
            call(woven, PROBE, "efree", b);
            assertEquals(0L, call(woven, PROBE, "usage", false));
            long leak = (long) call(woven, PROBE, "emalloc", 64L);
            assertTrue(leak != 0);
            assertEquals(1, call(woven, "jzend.agent.MallocAlloc", "liveBlocks"));
        } finally {
            call(woven, PROBE, "stop", true); // silent: tracked_free_all frees the leak
        }
    }

    @Test
    void withoutTheAgentUseZendAllocZeroRefusesToStart() throws Throwable {
        Throwable t = assertThrows(Throwable.class,
                () -> call(getClass().getClassLoader(), PROBE, "start", Map.of("USE_ZEND_ALLOC", "0")));
        assertTrue(t.getMessage().contains("needs the allocator agent"), t.getMessage());
    }

    @Test
    void anyOtherValueKeepsZendMM() throws Throwable {
        assertFalse(AllocatorSwitch.systemAllocatorRequested(null));
        assertFalse(AllocatorSwitch.systemAllocatorRequested("1"));
        assertTrue(AllocatorSwitch.systemAllocatorRequested("0"));
        assertTrue(AllocatorSwitch.systemAllocatorRequested("no"), "atol(\"no\") is 0, as PHP reads it");
    }
}
