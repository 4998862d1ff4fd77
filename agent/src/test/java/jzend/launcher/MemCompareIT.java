package jzend.launcher;

import jzend.main.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** --mem-profile under malloc (the agent's mode) and --mem-compare of a script, through the jar. */
class MemCompareIT {
    @TempDir
    Path dir;

    static final String SCRIPT = "<?php\n$a = [];\nfor ($i = 0; $i < 3000; $i++) $a[] = str_repeat('x', $i % 200);\n"
            + "$s = str_repeat('y', 300000);\necho count($a), \"\\n\";\n";

    @Test
    void bothAllocatorsSeeTheSameRequestsAndGrantDifferently() throws Exception {
        Path php = dir.resolve("s.php");
        Files.writeString(php, SCRIPT);
        Path zj = dir.resolve("z.json"), mj = dir.resolve("m.json");
        // without S in variables_order the $_SERVER php-cli makes at start-up leaves out the
        // environment, which differs between the runs by USE_ZEND_ALLOC itself
        var z = JzendProcess.run(Map.of(), null, "--mem-profile=" + zj, "-n", "-d", "variables_order=GP", php.toString());
        var m = JzendProcess.run(Map.of("USE_ZEND_ALLOC", "0"), null, "--mem-profile=" + mj, "-n", "-d", "variables_order=GP", php.toString());
        assertEquals(0, z.exitCode(), z.stderr());
        assertEquals(0, m.exitCode(), m.stderr());
        assertEquals("3000\n", z.stdout());
        assertEquals(z.stdout(), m.stdout());
        Profile zp = Profile.read(zj), mp = Profile.read(mj);
        assertEquals("zendmm", zp.allocator());
        assertEquals("malloc", mp.allocator());
        for (String k : new String[]{"allocs", "reallocs", "frees", "bytes_requested", "peak_requested"}) {
            assertEquals(zp.sum(k), mp.sum(k), k);
        }
        assertNotEquals(zp.sum("bytes_granted"), mp.sum("bytes_granted"));
        // malloc_usable_size: never less than asked for
        assertTrue(mp.sum("bytes_granted") >= mp.sum("bytes_requested"));
        assertTrue(mp.list("size_classes").get(0).get("class").toString().startsWith("usable "));
    }

    @Test
    void trackedMallocProfileAgreesWithMemoryGetUsage() throws Exception {
        Path php = dir.resolve("t.php");
        Files.writeString(php, "<?php\n$a = [];\necho memory_get_usage(), \"\\n\";\n"
                + "for ($i = 0; $i < 1000; $i++) $a[] = str_repeat('x', $i);\necho memory_get_usage(), \"\\n\";\n"
                + "unset($a);\necho memory_get_usage(), \"\\n\";\n");
        Path json = dir.resolve("t.json");
        var r = JzendProcess.run(Map.of("USE_ZEND_ALLOC", "0", "USE_TRACKED_ALLOC", "1"), null, "--mem-profile=" + json, "-n", php.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        Profile p = Profile.read(json);
        assertEquals("malloc (tracked)", p.allocator());
        var cps = p.list("checkpoints");
        assertEquals(3, cps.size());
        String[] printed = r.stdout().trim().split("\n");
        for (int i = 0; i < 3; i++) {
            assertEquals(Long.parseLong(printed[i]), cps.get(i).get("reported"));
            assertEquals(cps.get(i).get("reported"), cps.get(i).get("recorded"));
        }
    }

    @Test
    void memCompareOfAScriptPrintsBothColumnsAndWritesTheHtml() throws Exception {
        Path php = dir.resolve("s.php");
        Files.writeString(php, SCRIPT);
        Path html = dir.resolve("report.html");
        var r = JzendProcess.run(Map.of(), null, "--mem-compare", "--html=" + html, php.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertFalse(r.stdout().contains("3000\n"), "the script's own output is not mixed into the table");
        String header = r.stdout().lines().filter(l -> l.contains("zendmm")).findFirst().orElse("");
        assertTrue(header.contains("malloc") && header.contains("difference"), r.stdout());
        assertTrue(r.stdout().contains("bytes granted"), r.stdout());
        assertTrue(r.stdout().contains("str_repeat"), r.stdout());
        String page = Files.readString(html);
        assertTrue(page.contains("data-series=\"zendmm\"") && page.contains("data-series=\"malloc\""));
    }
}
