package jzend.phpt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phpt file, split into its sections as php-src's run-tests.php does: a line {@code --NAME--}
 * starts section NAME. Contents are kept as bytes decoded as ISO-8859-1, so any byte of a PHP
 * script survives the round trip.
 */
public final class PhptFile {
    private static final Pattern SECTION = Pattern.compile("^--([_A-Z]+)--$");

    private final Path path;
    private final Map<String, String> sections;

    private PhptFile(Path path, Map<String, String> sections) {
        this.path = path;
        this.sections = sections;
    }

    public static PhptFile read(Path path) throws IOException {
        return parse(path, new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
    }

    public static PhptFile parse(Path path, String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            Matcher m = SECTION.matcher(bare);
            if (m.matches()) {
                if (current != null) sections.put(current, body.toString());
                current = m.group(1);
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            String b = body.toString();
            // the file's final newline is not part of the last section
            if (b.endsWith("\n") && text.endsWith("\n")) b = b.substring(0, b.length() - 1);
            sections.put(current, b);
        }
        if (!sections.containsKey("TEST")) throw new IllegalArgumentException(path + ": no --TEST-- section");
        if (!sections.containsKey("FILE")) throw new IllegalArgumentException(path + ": no --FILE-- section");
        if (!sections.containsKey("EXPECT") && !sections.containsKey("EXPECTF") && !sections.containsKey("EXPECTREGEX")) {
            throw new IllegalArgumentException(path + ": no --EXPECT--, --EXPECTF-- or --EXPECTREGEX-- section");
        }
        return new PhptFile(path, sections);
    }

    public Path path() { return path; }
    public String title() { return sections.get("TEST").trim(); }
    public String section(String name) { return sections.get(name); }
    public boolean has(String name) { return sections.containsKey(name); }

    /** The script, with its trailing newline removed only if run-tests.php would. */
    public byte[] file() {
        return sections.get("FILE").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code key=value} lines of --INI--, as {@code -d} options. */
    public List<String> ini() {
        return lines("INI");
    }

    /** {@code KEY=value} lines of --ENV--. */
    public Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String l : lines("ENV")) {
            int eq = l.indexOf('=');
            if (eq > 0) env.put(l.substring(0, eq), l.substring(eq + 1));
        }
        return env;
    }

    /**
     * --ARGS-- as the shell splits them (run-tests.php appends the section to a shell command):
     * words on blanks, '…' literal, "…" with \\, \", \$ and \` escapes, a backslash quoting
     * the next character outside quotes.
     */
    public List<String> args() {
        String a = sections.get("ARGS");
        if (a == null || a.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        StringBuilder w = null;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isWhitespace(c)) {
                if (w != null) out.add(w.toString());
                w = null;
                continue;
            }
            if (w == null) w = new StringBuilder();
            if (c == '\'') {
                int end = a.indexOf('\'', i + 1);
                if (end < 0) end = a.length();
                w.append(a, i + 1, end);
                i = end;
            } else if (c == '"') {
                for (i++; i < a.length() && a.charAt(i) != '"'; i++) {
                    char d = a.charAt(i);
                    if (d == '\\' && i + 1 < a.length() && "\\\"$`".indexOf(a.charAt(i + 1)) >= 0) d = a.charAt(++i);
                    w.append(d);
                }
            } else if (c == '\\' && i + 1 < a.length()) {
                w.append(a.charAt(++i));
            } else {
                w.append(c);
            }
        }
        if (w != null) out.add(w.toString());
        return out;
    }

    private List<String> lines(String name) {
        String s = sections.get(name);
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String l : s.split("\n")) {
            String t = l.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Whether the output matches the expectation, by run-tests.php's rules. */
    public boolean matches(String output) {
        return matches(output, null);
    }

    /** The expectation text (for failure messages). */
    public String expected() {
        return expected(null);
    }

    /**
     * Whether the test holds only under ZendMM ({@code --ALLOCATOR--} zendmm): its EXPECT is about
     * ZendMM's figures, and the system allocator's modes have sections of their own.
     */
    public boolean zendmmOnly() {
        return has("ALLOCATOR") && section("ALLOCATOR").trim().equals("zendmm");
    }

    /**
     * Whether there is an expectation for {@code variant}: null for the plain EXPECT/EXPECTF/
     * EXPECTREGEX, else the suffix of {@code --EXPECT_<variant>--} or {@code --EXPECTF_<variant>--}
     * (MALLOC for USE_ZEND_ALLOC=0, TRACKED for USE_ZEND_ALLOC=0 USE_TRACKED_ALLOC=1).
     */
    public boolean hasExpectation(String variant) {
        return variant == null || has("EXPECT_" + variant) || has("EXPECTF_" + variant);
    }

    /** Whether the output matches the expectation for {@code variant} (see {@link #hasExpectation}), by run-tests.php's rules. */
    public boolean matches(String output, String variant) {
        String out = normalise(output);
        String v = variant == null ? "" : "_" + variant;
        if (has("EXPECT" + v)) return out.equals(normalise(section("EXPECT" + v)));
        if (has("EXPECTF" + v)) return ExpectF.compile(normalise(section("EXPECTF" + v))).matcher(out).matches();
        if (variant != null) throw new IllegalArgumentException(path + ": no --EXPECT" + v + "-- section");
        return Pattern.compile(normalise(section("EXPECTREGEX")), Pattern.DOTALL).matcher(out).matches();
    }

    /** The expectation text for {@code variant} (for failure messages). */
    public String expected(String variant) {
        String v = variant == null ? "" : "_" + variant;
        if (has("EXPECT" + v)) return normalise(section("EXPECT" + v));
        if (has("EXPECTF" + v)) return normalise(section("EXPECTF" + v));
        if (variant != null) return "(no --EXPECT" + v + "-- section)";
        return normalise(section("EXPECTREGEX"));
    }

    /** run-tests.php compares trimmed text with \r\n turned into \n. */
    public static String normalise(String s) {
        return s.replace("\r\n", "\n").trim();
    }
}
