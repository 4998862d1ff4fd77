package jzend.agent;

import jzend.launcher.JzendProcess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The -javaagent front end, in a forked JVM, as an application embedding jzend would use it. */
class ClassicAgentIT {
    record Run(int exit, String out, String err) {}

    static Run probe(String useZendAlloc, String... jvmFlags) throws IOException, InterruptedException {
        String testClasses = Path.of(ProbeMainLocator.location()).toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(JzendProcess.java()));
        cmd.addAll(List.of(jvmFlags));
        cmd.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-javaagent:" + JzendProcess.jar(),
                "-cp", JzendProcess.jar() + java.io.File.pathSeparator + testClasses, "jzend.probe.ProbeMain"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("USE_ZEND_ALLOC");
        if (useZendAlloc != null) pb.environment().put("USE_ZEND_ALLOC", useZendAlloc);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void javaagentReroutesToMallocWhenUseZendAllocIsZero() throws Exception {
        Run r = probe("0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("roundTrip=17\n"), r.out());
        assertTrue(r.out().contains("malloc malloc=1 calloc=0 realloc=1 free=1"), r.out());
    }

    @Test
    void javaagentLeavesZendMMAloneOtherwise() throws Exception {
        Run r = probe(null);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nzendmm size=0 "), r.out());
    }

    /** Finds the test-classes directory holding jzend.probe.ProbeMain. */
    static final class ProbeMainLocator {
        static java.net.URI location() throws IOException {
            try {
                return jzend.probe.ProbeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }
    }
}
