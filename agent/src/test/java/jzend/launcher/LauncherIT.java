package jzend.launcher;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The jar's launcher and the memory manager's start-up errors, end to end. */
class LauncherIT {

    @Test
    void manifestEnablesNativeAccessAndNamesTheJava8Launcher() throws Exception {
        try (var jar = new java.util.jar.JarFile(JzendProcess.jar().toFile())) {
            var attrs = jar.getManifest().getMainAttributes();
            assertEquals("jzend.launcher.VersionCheck", attrs.getValue("Main-Class"));
            assertEquals("ALL-UNNAMED", attrs.getValue("Enable-Native-Access"));
            try (var in = jar.getInputStream(jar.getEntry("jzend/launcher/VersionCheck.class"))) {
                byte[] head = in.readNBytes(8);
                assertEquals(52, ((head[6] & 0xff) << 8) | (head[7] & 0xff), "Main-Class is a Java 8 class file");
            }
        }
    }

    @Test
    void anOlderJavaGetsOneLineSayingWhichJdkIsNeeded() throws Exception {
        String old = findOldJava();
        Assumptions.assumeTrue(old != null, "no Java older than 25 on this machine");
        var r = JzendProcess.runWith(old, Map.of(), null, "-v");
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("jzend needs Java 25 or newer, but this is Java "), r.stderr());
        assertEquals(1, r.stderr().lines().count(), "one line, no stack trace: " + r.stderr());
    }

    @Test
    void unknownStorageTypeIsAOneLineStartUpError() throws Exception {
        var r = JzendProcess.run(Map.of("ZEND_MM_MEM_TYPE", "shm"), null, "-v");
        assertEquals(255, r.exitCode());
        assertEquals("Wrong or unsupported zend_mm storage type 'shm'; supported types: 'mmap_anon' (default), 'mmap_zero', 'malloc'\n", r.stderr());
    }

    /** A Java runtime older than 25: the default java on PATH, or one under /usr/lib/jvm. */
    static String findOldJava() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return null;
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release"), java = home.resolve("bin/java");
                if (!Files.isExecutable(java) || !Files.exists(release)) continue;
                String v = Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                        .findFirst().orElse("JAVA_VERSION=\"0\"").replaceAll("JAVA_VERSION=\"(\\d+).*", "$1");
                int major = Integer.parseInt(v.equals("1") ? "8" : v);
                if (major < 25) return java.toString();
            }
        }
        return null;
    }
}
