package jzend.main;

import jzend.zend.CompilerGlobals;
import jzend.zend.StartupTrace;
import jzend.zend.Zend;

import java.nio.charset.StandardCharsets;

/**
 * The output layer (main/output.c) without user output buffers (ob_start and output_buffering
 * &gt; 0 are not implemented yet): before php_output_activate, output goes straight to stdout
 * (php_output_direct, e.g. start-up warnings, php-cgi's Security Alert); once activated,
 * php_output_write sends the headers on the first byte (php_output_header → sapi_send_headers)
 * and hands the bytes to the SAPI's ub_write, flushing after each write under implicit_flush.
 */
public final class PhpOutput {
    private PhpOutput() {}

    public static final int PHP_OUTPUT_ACTIVATED = 0x100000;
    public static final int PHP_OUTPUT_DISABLED = 0x200000;
    public static final int PHP_OUTPUT_IMPLICITFLUSH = 0x10;

    /** OG(flags). */
    private static int flags;
    private static String output_start_filename;
    private static int output_start_lineno;

    /** Port of php_output_startup: php_output_direct becomes stdout. */
    public static void php_output_startup() {
        flags = 0;
        StartupTrace.stage("php_output_startup", null);
    }

    /** Port of php_output_shutdown. */
    public static void php_output_shutdown() {
        flags = 0;
    }

    /** Port of php_output_activate. */
    public static void php_output_activate() {
        flags = PHP_OUTPUT_ACTIVATED;
        output_start_filename = null;
        output_start_lineno = 0;
    }

    /** Port of php_output_deactivate: send the headers if no output did, then stop. */
    public static void php_output_deactivate() {
        if ((flags & PHP_OUTPUT_ACTIVATED) != 0) {
            php_output_header();
            flags &= ~PHP_OUTPUT_ACTIVATED;
        }
    }

    /** Port of php_output_set_implicit_flush. */
    public static void php_output_set_implicit_flush(boolean flush) {
        if (flush) flags |= PHP_OUTPUT_IMPLICITFLUSH;
        else flags &= ~PHP_OUTPUT_IMPLICITFLUSH;
    }

    /** Port of php_output_write (zend_write). */
    public static void php_output_write(byte[] str, int off, int len) {
        if ((flags & PHP_OUTPUT_ACTIVATED) != 0) {
            php_output_op(str, off, len);
        } else {
            php_output_direct(str, off, len);
        }
    }

    /** php_output_write for text jzend itself produces (messages, file names), encoded as UTF-8. */
    public static void php_output_write(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        php_output_write(b, 0, b.length);
    }

    /** Port of php_printf. */
    public static void php_printf(String format, Object... args) {
        php_output_write(args.length == 0 ? format : String.format(format, args));
    }

    /** Port of php_output_stdout (php_output_direct after php_output_startup). */
    private static void php_output_direct(byte[] str, int off, int len) {
        PhpStdio.writeStdout(str, off, len);
    }

    /** Port of php_output_op without handlers: headers on first output, then ub_write. */
    private static void php_output_op(byte[] str, int off, int len) {
        if (len == 0) return;
        php_output_header();
        if ((flags & PHP_OUTPUT_DISABLED) == 0) {
            SAPI.sapi_module.ub_write.write(str, off, len);
            if ((flags & PHP_OUTPUT_IMPLICITFLUSH) != 0) SAPI.sapi_flush();
        }
    }

    /** Port of php_output_header: note where output started, then php_header(). */
    private static void php_output_header() {
        if (!SapiGlobals.headers_sent) {
            if (output_start_filename == null) {
                if (CompilerGlobals.compiled_location != null) {
                    output_start_filename = CompilerGlobals.compiled_location.filename();
                    output_start_lineno = CompilerGlobals.compiled_location.lineno();
                } else if (Zend.zend_is_executing()) {
                    output_start_filename = Zend.zend_get_executed_filename();
                    output_start_lineno = Zend.zend_get_executed_lineno();
                }
            }
            if (!php_header()) flags |= PHP_OUTPUT_DISABLED;
        }
    }

    /** Port of php_header: send the headers; false when they failed or the request is HEAD. */
    static boolean php_header() {
        return SAPI.sapi_send_headers() && !SapiGlobals.request_info.headers_only;
    }

    /** Port of php_output_get_start_filename (headers_sent()'s file). */
    public static String php_output_get_start_filename() {
        return output_start_filename;
    }

    /** Port of php_output_get_start_lineno. */
    public static int php_output_get_start_lineno() {
        return output_start_lineno;
    }
}
