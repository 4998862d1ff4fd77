package jzend.main.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * {@code --mem-compare}: two profiles side by side — of one script run under ZendMM and under
 * malloc (each in a child JVM, the second with {@code USE_ZEND_ALLOC=0}), or of two saved JSON
 * profiles — as a table on stdout and, with {@code --html=FILE}, as an HTML page.
 */
public final class MemCompare {
    private MemCompare() {}

    static int main(MemProfileCli.Args a, ToIntFunction<String[]> runner) {
        Out out = new Out();
        Profile left, right;
        try {
            List<String> rest = a.rest();
            if (rest.size() == 2 && rest.get(0).endsWith(".json") && rest.get(1).endsWith(".json")) {
                left = Profile.read(Path.of(rest.get(0)));
                right = Profile.read(Path.of(rest.get(1)));
            } else if (rest.size() == 1 && rest.get(0).endsWith(".json")) {
                err("jzend: --mem-compare needs two .json profiles (or a script to run under both allocators)");
                return 1;
            } else if (rest.isEmpty()) {
                err("jzend: --mem-compare needs a script (run under ZendMM and malloc) or two .json profiles");
                return 1;
            } else {
                String script = MemProfileCli.firstScript(rest);
                if (rest.contains(script) && !Files.isRegularFile(Path.of(script))) {
                    err("Could not open input file: " + script);
                    return 1;
                }
                Path dir = Files.createTempDirectory("jzend-mem-compare");
                try {
                    out.println("Running " + MemProfileCli.firstScript(rest) + " under ZendMM and under malloc (USE_ZEND_ALLOC=0); its output is not shown.");
                    left = runChild(dir.resolve("zendmm.json"), rest, false);
                    right = runChild(dir.resolve("malloc.json"), rest, true);
                    for (String f : a.profiles()) {
                        // --mem-profile=X.json with --mem-compare: keep both runs' profiles
                        Path target = Path.of(f);
                        String name = target.getFileName().toString();
                        int dot = name.lastIndexOf('.');
                        String stem = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
                        MemProfileCli.write(left, target.resolveSibling(stem + "-zendmm" + ext));
                        MemProfileCli.write(right, target.resolveSibling(stem + "-malloc" + ext));
                    }
                } finally {
                    try (var files = Files.list(dir)) {
                        for (Path f : files.toList()) Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            err("jzend: --mem-compare: " + e.getMessage());
            return 1;
        }
        out.print(table(left, right));
        if (a.html() != null) {
            try {
                Path html = Path.of(a.html());
                Path parent = html.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.writeString(html, HtmlReport.write(left, right), StandardCharsets.UTF_8);
                out.println("HTML report: " + a.html());
            } catch (IOException e) {
                err("jzend: cannot write " + a.html() + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /** Text to the cli's stdout (PhpStdio, which tests redirect). */
    static final class Out {
        void print(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            jzend.main.PhpStdio.writeStdout(b, 0, b.length);
            jzend.main.PhpStdio.flushStdout();
        }

        void println(String s) {
            print(s + "\n");
        }
    }

    static void err(String line) {
        jzend.main.PhpStdio.writeStderr(line + "\n");
    }

    /** Runs jzend in a child JVM with --mem-profile=json and reads the profile back. */
    private static Profile runChild(Path json, List<String> rest, boolean malloc) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String mainClass = "jzend.launcher.Main";
        try {
            Class.forName(mainClass, false, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            if (malloc) throw new IOException("the malloc run needs the allocator agent: run target/jzend.jar");
            mainClass = "jzend.sapi.cli.PhpCli";
        }
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), mainClass, "--mem-profile=" + json));
        cmd.addAll(rest);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        // "1" and "0": the two runs have the same environment but for one byte, so that the
        // $_SERVER php-cli fills from it costs both the same allocations
        pb.environment().put("USE_ZEND_ALLOC", malloc ? "0" : "1");
        try {
            pb.start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (!Files.exists(json)) throw new IOException("the " + (malloc ? "malloc" : "ZendMM") + " run wrote no profile");
        return Profile.read(json);
    }

    // ------------------------------------------------------------------ the table

    /** Column titles: the allocators, or the scripts when both used the same allocator. */
    static String[] titles(Profile a, Profile b) {
        if (!a.allocator().equals(b.allocator())) return new String[]{a.allocator(), b.allocator()};
        String sa = Path.of(a.str("script")).getFileName() + " (" + a.allocator() + ")";
        String sb = Path.of(b.str("script")).getFileName() + " (" + b.allocator() + ")";
        if (sa.equals(sb)) return new String[]{"A: " + sa, "B: " + sb};
        return new String[]{sa, sb};
    }

    /** The summary rows: label, summary key. */
    static final String[][] ROWS = {
            {"allocations", "allocs"},
            {"reallocations", "reallocs"},
            {"frees", "frees"},
            {"bytes requested", "bytes_requested"},
            {"bytes granted", "bytes_granted"},
            {"internal waste (granted - requested)", "waste"},
            {"peak: bytes requested", "peak_requested"},
            {"peak: bytes granted", "peak_granted"},
            {"peak: internal waste", "peak_waste"},
            {"peak: live blocks", "peak_blocks"},
            {"peak usage (memory_get_peak_usage)", "peak_usage"},
            {"real/OS size at start", "real_start"},
            {"real/OS peak", "real_max"},
            {"real/OS growth", "real_growth"},
            {"chunks at peak (ZendMM)", "chunks_at_peak"},
            {"wall time, ms (with recording)", "wall_ms"},
    };

    public static String table(Profile a, Profile b) {
        String[] t = titles(a, b);
        StringBuilder sb = new StringBuilder();
        sb.append("Script: ").append(a.str("script"));
        if (!a.str("script").equals(b.str("script"))) sb.append(" | ").append(b.str("script"));
        sb.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"", t[0], t[1], "difference"});
        for (String[] r : ROWS) {
            if (!a.map("summary").containsKey(r[1]) && !b.map("summary").containsKey(r[1])) continue;
            if (r[1].equals("wall_ms")) {
                double x = a.sumDouble(r[1]), y = b.sumDouble(r[1]);
                rows.add(new String[]{r[0], fmt(x), fmt(y), signed(y - x)});
                continue;
            }
            String x = a.map("summary").containsKey(r[1]) ? fmt(a.sum(r[1])) : "-";
            String y = b.map("summary").containsKey(r[1]) ? fmt(b.sum(r[1])) : "-";
            String d = a.map("summary").containsKey(r[1]) && b.map("summary").containsKey(r[1]) ? signed(b.sum(r[1]) - a.sum(r[1])) : "";
            rows.add(new String[]{r[0], x, y, d});
        }
        rows.add(new String[]{"waste as % of requested", pct(a.sum("waste"), a.sum("bytes_requested")),
                pct(b.sum("waste"), b.sum("bytes_requested")), ""});
        sb.append(render(rows));

        sb.append("\nAt the peak, by kind (bytes granted):\n");
        rows = new ArrayList<>();
        rows.add(new String[]{"kind", t[0], t[1], "difference"});
        Map<String, long[]> kinds = new LinkedHashMap<>();
        for (Map<String, Object> k : a.list("kinds")) kinds.computeIfAbsent((String) k.get("kind"), x -> new long[2])[0] = Profile.num(k.get("peak_granted"));
        for (Map<String, Object> k : b.list("kinds")) kinds.computeIfAbsent((String) k.get("kind"), x -> new long[2])[1] = Profile.num(k.get("peak_granted"));
        for (Map.Entry<String, long[]> e : kinds.entrySet()) {
            rows.add(new String[]{e.getKey(), fmt(e.getValue()[0]), fmt(e.getValue()[1]), signed(e.getValue()[1] - e.getValue()[0])});
        }
        sb.append(render(rows));

        sb.append("\nAt the peak, top call paths (bytes granted):\n");
        rows = new ArrayList<>();
        rows.add(new String[]{"call path", t[0], t[1], "difference"});
        for (Map.Entry<String, long[]> e : topPaths(a, b, 10)) {
            rows.add(new String[]{e.getKey(), fmt(e.getValue()[0]), fmt(e.getValue()[1]), signed(e.getValue()[1] - e.getValue()[0])});
        }
        sb.append(render(rows));
        if (a.allocator().startsWith("malloc") || b.allocator().startsWith("malloc")) {
            sb.append("\nReal/OS under malloc is glibc's heap for the whole JVM process (mallinfo2: arena + mmapped),\n")
                    .append("so it includes the JVM's own native memory; under ZendMM it is the chunks and huge blocks.\n");
        }
        return sb.toString();
    }

    /** Call paths (frames joined by " > ") with their self bytes granted at the peak in a and b, largest first. */
    static List<Map.Entry<String, long[]>> topPaths(Profile a, Profile b, int n) {
        Map<String, long[]> paths = new LinkedHashMap<>();
        collect(a.map("tree_peak"), new ArrayList<>(), paths, 0, true);
        collect(b.map("tree_peak"), new ArrayList<>(), paths, 1, true);
        List<Map.Entry<String, long[]>> list = new ArrayList<>(paths.entrySet());
        list.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -Math.max(e.getValue()[0], e.getValue()[1])));
        return list.subList(0, Math.min(n, list.size()));
    }

    private static void collect(Map<String, Object> node, List<String> path, Map<String, long[]> out, int col, boolean root) {
        if (node == null) return;
        if (!root) path.add(Profile.frameLabel(node));
        long self = Profile.num(node.get("granted"));
        for (Map<String, Object> c : Profile.children(node)) {
            self -= Profile.num(c.get("granted"));
            collect(c, path, out, col, false);
        }
        if (!root && self > 0) out.computeIfAbsent(String.join(" > ", path), k -> new long[2])[col] += self;
        if (!root) path.remove(path.size() - 1);
    }

    private static String render(List<String[]> rows) {
        int[] w = new int[4];
        for (String[] r : rows) for (int i = 0; i < 4; i++) w[i] = Math.max(w[i], r[i].length());
        w[0] = Math.min(w[0], 70);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            String label = r[0].length() > 70 ? "..." + r[0].substring(r[0].length() - 67) : r[0];
            sb.append(String.format("  %-" + w[0] + "s  %" + w[1] + "s  %" + w[2] + "s  %" + w[3] + "s", label, r[1], r[2], r[3]).stripTrailing()).append('\n');
            if (k == 0) sb.append("  ").append("-".repeat(w[0] + w[1] + w[2] + w[3] + 6)).append('\n');
        }
        return sb.toString();
    }

    static String fmt(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    static String signed(long v) {
        return v == 0 ? "0" : (v > 0 ? "+" : "") + fmt(v);
    }

    static String signed(double v) {
        return (v > 0 ? "+" : "") + fmt(v);
    }

    static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
