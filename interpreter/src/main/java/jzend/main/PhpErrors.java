package jzend.main;

import jzend.zend.CompilerGlobals;
import jzend.zend.ExecutorGlobals;
import jzend.zend.ZendBailout;
import jzend.zend.alloc.ZendAlloc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static jzend.zend.ZendErrors.*;

/**
 * Error reporting (main/main.c): php_error_cb, the engine's zend_error_cb, displays an error
 * ("\nFatal error: MSG in FILE on line N\n" on the output, or on stderr with
 * display_errors=stderr under cli), logs it (log_errors: error_log file, else the SAPI's
 * log_message), remembers it for error_get_last(), and for fatal errors sets the exit status to
 * 255 and bails out.
 */
public final class PhpErrors {
    private PhpErrors() {}

    /** Port of php_error_cb. */
    public static void php_error_cb(int origType, String errorFilename, int errorLineno, String message) {
        int type = origType & ~E_DONT_BAIL;
        if (errorFilename == null) errorFilename = "Unknown";
        PhpGlobals.clear_last_error();
        PhpGlobals.last_error_type = type;
        PhpGlobals.last_error_message = message;
        PhpGlobals.last_error_file = errorFilename;
        PhpGlobals.last_error_lineno = errorLineno;
        // (with user output buffers: php_output_discard_all() when the heap is reporting a memory-limit overflow)

        boolean moduleInitialized = PhpMain.module_initialized;
        if (((ExecutorGlobals.error_reporting & type) != 0 || (type & E_CORE) != 0)
                && (PhpGlobals.log_errors || PhpGlobals.display_errors != 0 || !moduleInitialized)) {
            String errorTypeStr = error_type_str(type);
            if (PhpGlobals.log_errors) {
                php_log_err("PHP " + errorTypeStr + ":  " + message + " in " + errorFilename + " on line " + errorLineno);
            }
            if (PhpGlobals.display_errors != 0
                    && ((moduleInitialized && !PhpGlobals.during_request_startup) || PhpGlobals.display_startup_errors)) {
                String prepend = PhpGlobals.error_prepend_string == null ? "" : PhpGlobals.error_prepend_string;
                String append = PhpGlobals.error_append_string == null ? "" : PhpGlobals.error_append_string;
                String sapiName = SAPI.sapi_module.name;
                if (PhpGlobals.html_errors) {
                    PhpOutput.php_output_write(prepend + "<br />\n<b>" + errorTypeStr + "</b>:  " + escape_html(message)
                            + " in <b>" + errorFilename + "</b> on line <b>" + errorLineno + "</b><br />\n" + append);
                } else if ((sapiName.equals("cli") || sapiName.equals("cgi") || sapiName.equals("phpdbg"))
                        && PhpGlobals.display_errors == PhpGlobals.PHP_DISPLAY_ERRORS_STDERR) {
                    PhpStdio.writeStderr(errorTypeStr + ": " + message + " in " + errorFilename + " on line " + errorLineno + "\n");
                } else {
                    PhpOutput.php_output_write(prepend + "\n" + errorTypeStr + ": " + message + " in " + errorFilename
                            + " on line " + errorLineno + "\n" + append);
                }
            }
        }

        // Bail out if we can't recover
        switch (type) {
            case E_CORE_ERROR, E_ERROR, E_RECOVERABLE_ERROR, E_PARSE, E_COMPILE_ERROR, E_USER_ERROR -> {
                ExecutorGlobals.exit_status = 255;
                if (moduleInitialized) {
                    if (PhpGlobals.display_errors == 0 && !SapiGlobals.headers_sent
                            && SapiGlobals.sapi_headers.http_response_code == 200) {
                        SAPI.sapi_header_op(SAPI.SapiHeaderOp.SAPI_HEADER_REPLACE, "HTTP/1.0 500 Internal Server Error", 0);
                    }
                    if ((origType & E_DONT_BAIL) == 0) {
                        // restore memory limit
                        ZendAlloc.zend_set_memory_limit(PhpGlobals.memory_limit);
                        CompilerGlobals.unclean_shutdown = true;
                        throw new ZendBailout(message);
                    }
                }
            }
            default -> { }
        }
    }

    /** The label php_error_cb prints for an error type. */
    public static String error_type_str(int type) {
        return switch (type) {
            case E_ERROR, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR -> "Fatal error";
            case E_RECOVERABLE_ERROR -> "Recoverable fatal error";
            case E_WARNING, E_CORE_WARNING, E_COMPILE_WARNING, E_USER_WARNING -> "Warning";
            case E_PARSE -> "Parse error";
            case E_NOTICE, E_USER_NOTICE -> "Notice";
            case E_STRICT -> "Strict Standards";
            case E_DEPRECATED, E_USER_DEPRECATED -> "Deprecated";
            default -> "Unknown error";
        };
    }

    /** Port of php_log_err_with_severity: to the error_log file (dated), else the SAPI's log_message. */
    public static void php_log_err(String logMessage) {
        if (PhpGlobals.in_error_log) return;
        PhpGlobals.in_error_log = true;
        try {
            String errorLog = PhpGlobals.error_log;
            if (errorLog != null && !errorLog.isEmpty() && !errorLog.equals("syslog")) {
                String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ROOT));
                try {
                    Files.writeString(Path.of(errorLog), "[" + when + " UTC] " + logMessage + "\n", StandardCharsets.ISO_8859_1,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                    return;
                } catch (IOException | RuntimeException cannotOpen) {
                    // fall back to the SAPI's logger, as PHP does when the file cannot be opened
                }
            }
            if (SAPI.sapi_module.log_message != null) SAPI.sapi_module.log_message.log(logMessage, 0);
        } finally {
            PhpGlobals.in_error_log = false;
        }
    }

    /** escape_html: htmlspecialchars with ENT_COMPAT (&amp; &lt; &gt; &quot;). */
    static String escape_html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** get_active_function_name for php_error_docref's origin: installed by the executor (null: none). */
    public static java.util.function.Supplier<String> active_function_name;

    /**
     * Port of php_error_docref (without docref links): the message prefixed with its origin,
     * "PHP Startup", "PHP Request Startup", "PHP Shutdown" or "function()".
     */
    public static void php_error_docref(int type, String message) {
        String origin;
        if (PhpGlobals.during_request_startup) {
            origin = "PHP Request Startup";
        } else if (PhpMain.in_module_startup()) {
            origin = "PHP Startup";
        } else if (!PhpMain.module_initialized) {
            origin = "PHP Shutdown";
        } else if (active_function_name != null && active_function_name.get() != null) {
            origin = active_function_name.get() + "()";
        } else {
            origin = "Unknown";
        }
        jzend.zend.Zend.zend_error(type, origin + ": " + message);
    }

    /** Port of php_error for SAPI.c's sapi_error: zend_error. */
    public static void php_error(int type, String message) {
        jzend.zend.Zend.zend_error(type, message);
    }
}
