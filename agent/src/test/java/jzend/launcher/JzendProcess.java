package jzend.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs target/jzend.jar in a child JVM, as a user would, and captures what it prints. */
public final class JzendProcess {
    private JzendProcess() {}

    /** The outcome of one run. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** The shaded jar under test (set by failsafe). */
    public static Path jar() {
        String jar = System.getProperty("jzend.jar");
        if (jar != null) return Path.of(jar);
        return Path.of(System.getProperty("jzend.root", ".."), "target", "jzend.jar");
    }

    /** The java binary of the JVM running the tests (JDK 25, chosen by the toolchain). */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public static Result run(Map<String, String> env, byte[] stdin, String... args) throws IOException, InterruptedException {
        return runWith(java(), env, stdin, args);
    }

    public static Result runWith(String javaBin, Map<String, String> env, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("USE_ZEND_ALLOC");
        pb.environment().remove("USE_TRACKED_ALLOC");
        pb.environment().remove("ZEND_MM_MEM_TYPE");
        pb.environment().remove("JZEND_TRACE");
        pb.environment().remove("JZEND_MM_DEBUG");
        pb.environment().putAll(env);
        Path out = Files.createTempFile("jzend-out", ".txt"), err = Files.createTempFile("jzend-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("jzend did not finish within 60 s: " + cmd);
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1), Files.readString(err, StandardCharsets.ISO_8859_1));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
