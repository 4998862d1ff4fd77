package jzend.main;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout and stderr as C's stdio gives them to php-src: stdout is buffered (64 KiB)
 * and flushed when PHP flushes (sapi_flush, implicit_flush, end of request, exit) and before
 * anything goes to stderr, so that the two streams keep their order on a terminal; stderr is
 * unbuffered. Tests may point both elsewhere.
 */
public final class PhpStdio {
    private PhpStdio() {}

    private static OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    private static OutputStream err = new FileOutputStream(FileDescriptor.err);
    /** Set once a write to stdout failed (EPIPE…): php_handle_aborted_connection. */
    private static boolean stdoutBroken;

    /** Redirects both streams (tests); stdout is wrapped in the same buffering. */
    public static void redirect(OutputStream stdout, OutputStream stderr) {
        out = new BufferedOutputStream(stdout, 1 << 16);
        err = stderr;
        stdoutBroken = false;
    }

    /** Writes to stdout; false when the stream is gone (the caller treats it as an aborted connection). */
    public static boolean writeStdout(byte[] b, int off, int len) {
        if (stdoutBroken) return false;
        try {
            out.write(b, off, len);
            return true;
        } catch (IOException e) {
            stdoutBroken = true;
            return false;
        }
    }

    /** fflush(stdout); false when the stream is gone. */
    public static boolean flushStdout() {
        if (stdoutBroken) return false;
        try {
            out.flush();
            return true;
        } catch (IOException e) {
            stdoutBroken = true;
            return false;
        }
    }

    /** Writes text to stderr (after flushing stdout), as fprintf(stderr, …) does. */
    public static void writeStderr(String s) {
        flushStdout();
        try {
            err.write(s.getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException ignored) {
            // stderr is gone: nowhere left to report to, as in C
        }
    }

    /** One line to stderr (the line and "\n"). */
    public static void writeStderrLine(String line) {
        writeStderr(line + "\n");
    }
}
