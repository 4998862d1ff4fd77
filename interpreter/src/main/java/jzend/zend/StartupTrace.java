package jzend.zend;

import jzend.zend.alloc.ZendAlloc;

import java.util.function.Consumer;

/**
 * {@code JZEND_TRACE=startup}: one line per stage of the start-up, request and shutdown chain, to
 * stderr as it runs, named after the php-src function it mirrors and indented by nesting, with
 * the allocator's figures (zend_mm_status) so that a learner can watch the heap through the
 * stages. A line is printed when its stage begins, except for the memory manager's own stages
 * (alloc_globals_ctor, zend_mm_init), which report what they did right after they did it.
 */
public final class StartupTrace {
    private StartupTrace() {}

    private static boolean enabled;
    private static int depth;
    /** Where lines go: stderr; the main layer flushes stdout first so both streams stay in order. */
    private static Consumer<String> sink = line -> {
        System.err.println(line);
        System.err.flush();
    };

    /** Reads JZEND_TRACE (a comma-separated list; "startup" enables this trace). */
    public static void configure(String jzendTrace) {
        enabled = false;
        depth = 0;
        if (jzendTrace == null) return;
        for (String t : jzendTrace.split(",")) {
            if (t.trim().equals("startup")) enabled = true;
        }
    }

    public static void setSink(Consumer<String> lineSink) {
        sink = lineSink;
    }

    public static boolean enabled() {
        return enabled;
    }

    /** A stage begins: print it, then nest the stages it runs. */
    public static void enter(String function, String detail) {
        if (!enabled) return;
        line(function, detail);
        depth++;
    }

    /** The stage begun by the matching {@link #enter} has ended. */
    public static void leave() {
        if (enabled && depth > 0) depth--;
    }

    /** A stage without nested stages. */
    public static void stage(String function, String detail) {
        if (enabled) line(function, detail);
    }

    private static void line(String function, String detail) {
        StringBuilder sb = new StringBuilder("[startup] ");
        sb.repeat("  ", depth).append(function);
        if (detail != null && !detail.isEmpty()) sb.append(": ").append(detail);
        sb.append(" | heap ").append(ZendAlloc.zend_mm_status());
        sink.accept(sb.toString());
    }
}
