package jzend.probe;

import java.util.Map;

/**
 * A main for the -javaagent end-to-end test: starts the memory manager from the real
 * environment, allocates through the interface layer, and prints which allocator answered.
 */
public final class ProbeMain {
    private ProbeMain() {}

    public static void main(String[] args) {
        AllocProbe.start(System.getenv());
        long v = AllocProbe.roundTrip(5000);
        System.out.println("roundTrip=" + v);
        System.out.println(AllocProbe.status());
        AllocProbe.stop(false);
    }

    static Map<String, String> env() {
        return System.getenv();
    }
}
