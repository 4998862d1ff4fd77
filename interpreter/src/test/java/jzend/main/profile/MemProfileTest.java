package jzend.main.profile;

import jzend.main.InProcess;
import jzend.sapi.cli.PhpCli;
import jzend.zend.alloc.AllocObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * --mem-profile and --mem-compare on saved profiles, in-process on ZendMM: the recorded figures
 * against what memory_get_usage() says, exact counts per bin for a script whose allocations are
 * known, the massif file through the real ms_print, the HTML through an XML parser, and the
 * profile of a long run staying small.
 */
class MemProfileTest {
    @TempDir
    Path dir;

    private Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Runs the cli in-process; returns stdout. */
    private static String run(String... args) {
        try (InProcess p = new InProcess(Map.of(), null)) {
            int status = PhpCli.run(args);
            assertEquals("", p.stderr());
            assertEquals(0, status, p.stdout());
            return p.stdout();
        }
    }

    private static long num(Map<String, Object> m, String key) {
        return Profile.num(m.get(key));
    }

    static final String USAGE_SCRIPT = """
            <?php
            function grow($n) { $a = []; for ($i = 0; $i < $n; $i++) $a[] = "item $i"; return $a; }
            $u = [];
            $u[] = memory_get_usage();
            $a = grow(1000);
            $u[] = memory_get_usage();
            $s = str_repeat('x', 3000000);
            $u[] = memory_get_usage();
            unset($s);
            $u[] = memory_get_usage();
            $p = memory_get_peak_usage();
            $h = [];
            for ($i = 0; $i < 300; $i++) $h["k$i"] = str_repeat('y', $i);
            unset($a);
            $u[] = memory_get_usage();
            echo implode(' ', $u), ' ', $p, ' ', memory_get_peak_usage(), "\\n";
            """;

    @Test
    void figuresAgreeWithMemoryGetUsageAndRecordingChangesNothing() throws Exception {
        Path s = script("usage.php", USAGE_SCRIPT);
        String plain = run("-n", s.toString());
        Path json = dir.resolve("p.json");
        String recorded = run("--mem-profile=" + json, "-n", s.toString());
        assertEquals(plain, recorded, "the allocator decides the same with the recorder installed");
        assertNull(AllocObserver.current, "the recorder is uninstalled after the run");

        Profile p = Profile.read(json);
        assertEquals("zendmm", p.allocator());
        List<Map<String, Object>> cps = p.list("checkpoints");
        assertEquals(7, cps.size(), cps.toString());
        for (Map<String, Object> c : cps) assertEquals(num(c, "reported"), num(c, "recorded"), c.toString());
        String[] printed = plain.trim().split(" ");
        // the recorded values are the ones the script printed
        List<Long> usages = new ArrayList<>();
        for (Map<String, Object> c : cps) if (c.get("query").equals("memory_get_usage")) usages.add(num(c, "reported"));
        for (int i = 0; i < 5; i++) assertEquals(Long.parseLong(printed[i]), usages.get(i));
        // the 3 MB string made the peak, and the profile's peak is memory_get_peak_usage()'s
        assertEquals(Long.parseLong(printed[5]), p.sum("peak_usage"));
        assertEquals(Long.parseLong(printed[6]), p.sum("peak_usage"));
        assertEquals(p.sum("peak_usage"), p.sum("baseline_usage") + p.sum("peak_granted"));
        // totals are consistent
        Map<String, Object> s0 = p.map("summary");
        assertEquals(num(s0, "allocs") + num(s0, "reallocs") + num(s0, "frees"), num(s0, "events"));
        long kindsPeak = 0;
        for (Map<String, Object> k : p.list("kinds")) kindsPeak += num(k, "peak_granted");
        assertEquals(p.sum("peak_granted"), kindsPeak);
        long classesPeak = 0;
        for (Map<String, Object> c : p.list("size_classes")) classesPeak += num(c, "peak_granted");
        assertEquals(p.sum("peak_granted"), classesPeak);
        assertEquals(p.sum("peak_granted"), num(p.map("tree_peak"), "granted"));
        assertEquals(p.sum("end_granted"), num(p.map("tree_end"), "granted"));
        // the peak's call path: str_repeat called from {main} on line 7
        Map<String, Object> top = Profile.children(p.map("tree_peak")).get(0);
        assertEquals("{main}", top.get("name"));
        assertEquals(7L, top.get("line"));
        assertEquals("str_repeat", Profile.children(top).get(0).get("name"));
        assertEquals(3002392L, num(Profile.children(top).get(0), "granted")); // ALIGN4K(3000032) + the 24-byte huge node
        assertEquals(3000032L, num(Profile.children(top).get(0), "requested"));
    }

    @Test
    void knownScriptHasTheExpectedCountsPerBin() throws Exception {
        Path s = script("bins.php", """
                <?php
                function strings() {
                    $keep = [];
                    for ($i = 0; $i < 7; $i++) $keep[] = str_repeat('a', 1500);
                    $big = [str_repeat('b', 5000), str_repeat('c', 5000)];
                    for ($i = 0; $i < 3; $i++) { $h = str_repeat('d', 3000000); unset($h); }
                    return count($keep) + count($big);
                }
                strings();
                $h = [];
                for ($i = 0; $i < 100; $i++) $h["k$i"] = $i;
                """);
        Path json = dir.resolve("bins.json");
        // variables_order without S: the $_SERVER php-cli makes at start-up is empty, whatever the environment
        run("--mem-profile=" + json, "-n", "-d", "variables_order=GP", s.toString());
        Profile p = Profile.read(json);
        Map<String, Long> allocs = new java.util.HashMap<>();
        for (Map<String, Object> c : p.list("size_classes")) allocs.put((String) c.get("class"), num(c, "allocs"));
        // str_repeat('a', 1500): zend_string of 1500 + 32 = 1532 bytes -> bin 25 (1536), seven times,
        // and strings()' op_array (below);
        // $h's hash data as it doubles: 8 (320 B, bin 16), 16 (640, bin 20), 32 (1280, bin 24), 64 (2560, bin 28)
        // and EG(symbol_table)'s data (64 slots: 2560 B, bin 28) when the script's variables are attached to it;
        // compiling: the script's bytes + ZEND_MMAP_AHEAD (349 + 32 -> bin 17), init_op_array's 64 oplines
        // (2048 B, bin 27) for {main} and strings(), which pass_two shrinks to oplines + literals:
        // {main} 13 * 32 + 5 * 16 = 496 (bin 19), strings() 41 * 32 + 14 * 16 = 1536 (bin 25; its
        // count() calls are ZEND_COUNT oplines, as php compiles them)
        Map<String, Long> big = new java.util.TreeMap<>();
        for (Map.Entry<String, Long> e : allocs.entrySet()) {
            if (e.getKey().startsWith("bin ") && Integer.parseInt(e.getKey().substring(4)) >= 16) big.put(e.getKey(), e.getValue());
        }
        assertEquals(Map.of("bin 16", 1L, "bin 17", 1L, "bin 19", 1L, "bin 20", 1L, "bin 24", 1L, "bin 25", 8L,
                "bin 27", 2L, "bin 28", 2L), big);
        // two 5000-byte strings (5032 -> 2 pages), the 128-bucket hash of $h (128*32 + 256*4 = 5120 -> 2 pages)
        // and EG(objects_store)'s 1024 handles (8 KB, init_executor)
        assertEquals(4L, allocs.get("2 pages"));
        // CG(arena) (64 KB, init_compiler) and CG(ast_arena) (32 KB, while the file is compiled)
        assertEquals(1L, allocs.get("16 pages"));
        assertEquals(1L, allocs.get("8 pages"));
        // three 3 MB strings, each a huge block
        assertEquals(3L, allocs.get("huge"));
        // 100 keys "k$i" (len 2-3: 32 bytes), 90 temporary strings of $i >= 10 (one-char ones are
        // interned), the interned CV names "keep" and "big" (lookup_cv) and function name "strings"
        assertEquals(193L, allocs.get("bin 3"));
        // $keep's and $big's packed data (8 slots: 136 -> 160), and $argv's (php_build_argv at request start-up)
        assertEquals(3L, allocs.get("bin 12"));
        Map<String, Long> kinds = new java.util.HashMap<>();
        for (Map<String, Object> k : p.list("kinds")) kinds.put((String) k.get("kind"), num(k, "allocs"));
        // + $argv[0], the script's path; the compiled file name, two CV names and the function's name, interned
        assertEquals(7L + 2 + 3 + 100 + 90 + 1 + 4, kinds.get("zend_string"));
        // $keep, $big, $h; at request start-up EG(symbol_table), $_GET, $_POST, $_COOKIE, $_FILES, $argv and $_SERVER
        assertEquals(3L + 7, kinds.get("HashTable"));
        // + $argv's, the symbol table's and the request's interned strings table (1024 slots: 40 KB)
        assertEquals(2L + 5L + 2 + 1, kinds.get("hash/packed data"));
        // the huge blocks are attributed to str_repeat under strings() under {main}
        String folded = FoldedWriter.write(p);
        for (String line : folded.split("\n")) assertTrue(line.matches("[^ ;]+(;[^ ;]+)* \\d+"), line);
    }

    @Test
    void massifOutputPassesMsPrint() throws Exception {
        Path s = script("usage.php", USAGE_SCRIPT);
        Path massif = dir.resolve("massif.out.test");
        run("--mem-profile=" + massif, "-n", s.toString());
        String text = Files.readString(massif);
        assertTrue(text.startsWith("desc: "), text);
        assertEquals(1, text.split("heap_tree=peak", -1).length - 1, "exactly one peak snapshot");
        assertFalse(text.contains("\n\n"));
        Path msPrint = Path.of("/usr/bin/ms_print");
        if (!Files.isExecutable(msPrint)) msPrint = Path.of("/usr/local/bin/ms_print");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(msPrint), "ms_print (valgrind) is not installed");
        Process proc = new ProcessBuilder(msPrint.toString(), massif.toString()).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), out);
        assertTrue(out.contains("(peak)"), out);
        assertTrue(out.contains("str_repeat"), out);
    }

    @Test
    void htmlComparisonIsWellFormedAndHoldsBothSeries() throws Exception {
        Path a = script("a.php", "<?php\n$a = []; for ($i = 0; $i < 2000; $i++) $a[] = \"s$i\";\n");
        Path b = script("b.php", "<?php\n$s = ''; for ($i = 0; $i < 5000; $i++) $s .= 'x';\n");
        Path ja = dir.resolve("a.json"), jb = dir.resolve("b.json");
        run("--mem-profile=" + ja, "-n", a.toString());
        run("--mem-profile=" + jb, "-n", b.toString());
        Path html = dir.resolve("r.html");
        String table = run("--mem-compare", "--html=" + html, ja.toString(), jb.toString());
        assertTrue(table.contains("bytes granted"), table);
        assertTrue(table.contains("a.php (zendmm)") && table.contains("b.php (zendmm)"), table);
        String text = Files.readString(html);
        assertFalse(text.contains("<script"), "no script");
        assertFalse(text.contains("http://") && text.replace("http://www.w3.org/", "").contains("http://"), "no external resource");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        NodeList lines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
        Set<String> series = new HashSet<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element e = (Element) lines.item(i);
            if (!e.getAttribute("class").equals("series")) continue;
            series.add(e.getAttribute("data-series"));
            assertTrue(e.getAttribute("points").trim().split(" ").length >= 2);
        }
        assertEquals(Set.of("a.php (zendmm)", "b.php (zendmm)"), series);
        assertEquals(6, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength(), "timeline, real, 2 histograms, kinds, paths");
    }

    @Test
    void deepRecursionKeepsTheOutermostAndInnermostFrames() throws Exception {
        Path s = script("deep.php", """
                <?php
                function d($n) { if ($n == 0) return str_repeat('x', 100000); $r = d($n - 1); return $r; }
                $x = d(3000);
                echo strlen($x), "\n";
                """);
        Path json = dir.resolve("deep.json"), folded = dir.resolve("deep.folded");
        assertEquals("100000\n", run("--mem-profile=" + json, "--mem-profile=" + folded, "-n", s.toString()));
        Profile p = Profile.read(json);
        int depth = 0;
        boolean elided = false;
        for (Map<String, Object> n = p.map("tree_peak"); !Profile.children(n).isEmpty(); n = Profile.children(n).get(0)) {
            depth++;
            elided |= "(deeper frames)".equals(n.get("name"));
        }
        assertTrue(elided);
        assertEquals(MemRecorder.MAX_DEPTH + 1, depth, "(all), then {main} and 63 frames of d(), the elision, 63 frames of d() above str_repeat");
        assertTrue(Files.readString(folded).contains(";(deeper_frames);d;"));
    }

    @Test
    void longRunsProfileStaysBounded() throws Exception {
        Path s = script("long.php", """
                <?php
                function f($i) { return str_repeat('z', $i % 50) . $i; }
                $keep = [];
                for ($i = 0; $i < 200000; $i++) { $t = f($i); if ($i % 100 == 0) $keep[] = $t; }
                """);
        Path json = dir.resolve("long.json");
        run("--mem-profile=" + json, "-n", s.toString());
        Profile p = Profile.read(json);
        assertTrue(p.sum("events") > 600_000, "events " + p.sum("events"));
        int rows = p.timeline().size();
        assertTrue(rows >= MemRecorder.TIMELINE_MAX / 2 && rows <= MemRecorder.TIMELINE_MAX, "timeline rows " + rows);
        assertTrue(Files.size(json) < 200_000, "profile size " + Files.size(json));
        // samples stay in time order
        long last = -1;
        for (List<Object> row : p.timeline()) {
            assertTrue(Profile.num(row.get(0)) > last);
            last = Profile.num(row.get(0));
        }
    }
}
