package jzend.main.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * jzend's own command-line options for memory profiles, taken off the command line before php-cli
 * sees it: {@code --mem-profile=FILE} (repeatable; the format follows the name: {@code *.json},
 * {@code *.folded}, {@code massif.out*} or {@code *.massif}), {@code --mem-compare} (with a script:
 * run it under ZendMM and under malloc in child JVMs; with two {@code .json} files: compare them),
 * and {@code --html=FILE} (the comparison as a self-contained HTML page).
 */
public final class MemProfileCli {
    private MemProfileCli() {}

    /** Options of php-cli that take a value as the next argument (so that it is not the script). */
    private static final String WITH_VALUE = "cdfrBRFEStz";

    /** Set while a --mem-profile run is under way: the files to write. */
    private static List<String> pendingOutputs;
    private static MemRecorder recorder;
    private static Map<String, Object> lastProfile;
    private static String script = "", command = "";

    /** The result of splitting a command line. */
    record Args(List<String> profiles, boolean compare, String html, List<String> rest) {}

    static Args parse(String[] args) {
        List<String> profiles = new ArrayList<>();
        boolean compare = false;
        String html = null;
        List<String> rest = new ArrayList<>();
        boolean scanning = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (scanning && a.startsWith("--mem-profile=")) profiles.add(a.substring("--mem-profile=".length()));
            else if (scanning && a.equals("--mem-compare")) compare = true;
            else if (scanning && a.startsWith("--html=")) html = a.substring("--html=".length());
            else {
                rest.add(a);
                if (!scanning) continue;
                if (a.equals("--") || !a.startsWith("-")) scanning = false;
                else if (a.length() == 2 && WITH_VALUE.indexOf(a.charAt(1)) >= 0 && i + 1 < args.length) rest.add(args[++i]);
            }
        }
        return new Args(profiles, compare, html, rest);
    }

    /** Whether the command line asks for a profile or a comparison. */
    public static boolean handles(String[] args) {
        Args a = parse(args);
        return !a.profiles.isEmpty() || a.compare || a.html != null;
    }

    /**
     * Runs the command line: {@code runner} is php-cli without jzend's options (returns the exit
     * status). Returns the exit status.
     */
    public static int run(String[] args, ToIntFunction<String[]> runner) {
        Args a = parse(args);
        if (a.compare) return MemCompare.main(a, runner);
        if (a.html != null && a.profiles.isEmpty()) {
            MemCompare.err("jzend: --html=FILE goes with --mem-compare");
            return 1;
        }
        pendingOutputs = a.profiles;
        for (String f : a.profiles) {
            if (formatOf(f) == null) {
                MemCompare.err("jzend: --mem-profile=" + f + ": unknown format; name the file *.json, *.folded, massif.out* or *.massif");
                return 1;
            }
        }
        script = firstScript(a.rest);
        command = "jzend " + String.join(" ", a.rest);
        int status;
        try {
            status = runner.applyAsInt(a.rest.toArray(new String[0]));
        } finally {
            requestEnding();
        }
        Map<String, Object> profile = lastProfile;
        pendingOutputs = null;
        lastProfile = null;
        if (profile == null) {
            MemCompare.err("jzend: --mem-profile: no script ran, no profile written");
            return status != 0 ? status : 1;
        }
        try {
            for (String f : a.profiles) write(new Profile(profile), Path.of(f));
        } catch (IOException e) {
            MemCompare.err("jzend: cannot write the memory profile: " + e.getMessage());
            return 1;
        }
        return status;
    }

    static String firstScript(List<String> rest) {
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--")) return i + 1 < rest.size() ? rest.get(i + 1) : "";
            if (a.equals("-f") && i + 1 < rest.size()) return rest.get(i + 1);
            if (a.equals("-r")) return "Command line code";
            if (a.length() == 2 && a.charAt(0) == '-' && WITH_VALUE.indexOf(a.charAt(1)) >= 0) {
                i++;
                continue;
            }
            if (!a.startsWith("-")) return a;
        }
        return "Standard input code";
    }

    /** The format a file name asks for: json, folded, massif, or null. */
    static String formatOf(String file) {
        String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        if (name.endsWith(".json")) return "json";
        if (name.endsWith(".folded")) return "folded";
        if (name.startsWith("massif.out") || name.endsWith(".massif")) return "massif";
        return null;
    }

    static void write(Profile p, Path file) throws IOException {
        String text = switch (formatOf(file.toString())) {
            case "json" -> Json.write(p.root);
            case "folded" -> FoldedWriter.write(p);
            case "massif" -> MassifWriter.write(p);
            default -> throw new IOException("unknown format: " + file);
        };
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The cli calls this just before php_request_startup: the recorder starts. */
    public static void requestStarting() {
        if (pendingOutputs == null || recorder != null) return;
        recorder = new MemRecorder().start();
    }

    /** The cli calls this when the script has run, before php_request_shutdown: the recorder stops. */
    public static void requestEnding() {
        MemRecorder r = recorder;
        if (r == null) return;
        recorder = null;
        r.stop();
        try {
            lastProfile = r.toProfile(script, command);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            MemCompare.err("jzend: could not build the memory profile: " + e);
        }
    }
}
