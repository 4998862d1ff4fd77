package jzend.main;

/**
 * php_core_globals (PG()): the settings main.c's ini entries feed, and the request flags of the
 * start-up chain. NTS build: one per process.
 */
public final class PhpGlobals {
    private PhpGlobals() {}

    public static final int PHP_DISPLAY_ERRORS_STDOUT = 1;
    public static final int PHP_DISPLAY_ERRORS_STDERR = 2;

    /** PG(memory_limit) in bytes; -1 (all bits set) is unlimited. */
    public static long memory_limit;
    /** 0 (off), PHP_DISPLAY_ERRORS_STDOUT or PHP_DISPLAY_ERRORS_STDERR. */
    public static int display_errors;
    public static boolean display_startup_errors;
    public static boolean log_errors;
    public static boolean html_errors;
    public static String error_log;
    public static String error_prepend_string;
    public static String error_append_string;
    public static long serialize_precision;
    public static long output_buffering;
    public static boolean implicit_flush;
    public static boolean expose_php;
    public static boolean register_argc_argv;
    public static boolean report_memleaks;
    public static boolean enable_post_data_reading;
    public static String default_charset;

    /** True from php_request_startup until the script starts. */
    public static boolean during_request_startup;
    public static boolean modules_activated;
    /** PG(in_error_log): guards against logging from inside the logger. */
    public static boolean in_error_log;

    // error_get_last()
    public static int last_error_type;
    public static String last_error_message;
    public static String last_error_file;
    public static int last_error_lineno;

    /** Port of clear_last_error. */
    public static void clear_last_error() {
        last_error_type = 0;
        last_error_message = null;
        last_error_file = null;
        last_error_lineno = 0;
    }
}
