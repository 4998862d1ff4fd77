package jzend.agent;

import jzend.launcher.JzendProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The launcher's weaving path needs no instrumentation: it runs with the attach mechanism
 * disabled, and in a runtime image that holds only java.base (no java.instrument module).
 */
class JvmtiFreeIT {

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    @Test
    void runsWithTheAttachMechanismDisabled() throws Exception {
        Path script = tmp.resolve("plain.php");
        Files.writeString(script, "plain text\n");
        var r = runJar(JzendProcess.java(), script, "-XX:+DisableAttachMechanism");
        assertEquals(0, r.exitCode(), r.stderr());
    }

    @Test
    void runsInARuntimeImageWithoutJavaInstrument() throws Exception {
        Path home = Path.of(JzendProcess.java()).getParent().getParent();
        Path jlink = home.resolve("bin/jlink");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jlink), "no jlink in " + home);
        Path image = tmp.resolve("rt");
        Process p = new ProcessBuilder(jlink.toString(), "--add-modules", "java.base", "--output", image.toString(),
                "--no-header-files", "--no-man-pages").inheritIO().start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        Process modules = new ProcessBuilder(image.resolve("bin/java").toString(), "--list-modules").start();
        String list = new String(modules.getInputStream().readAllBytes());
        modules.waitFor();
        assertFalse(list.contains("java.instrument"), list);
        Path script = tmp.resolve("plain.php");
        Files.writeString(script, "plain text\n");
        var r = runJar(image.resolve("bin/java").toString(), script);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr());
    }

    static JzendProcess.Result runJar(String java, Path script, String... jvmFlags) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        cmd.addAll(List.of(jvmFlags));
        cmd.addAll(List.of("-jar", JzendProcess.jar().toString(), script.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(Map.of("USE_ZEND_ALLOC", "0"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new JzendProcess.Result(p.exitValue(), out, err);
    }
}
