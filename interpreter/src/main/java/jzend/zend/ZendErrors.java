package jzend.zend;

/**
 * zend_error and the error levels (zend_errors.h). The engine reports through {@link #zend_error},
 * which adds the executing file and line and calls {@link #zend_error_cb}: php_module_startup
 * installs php_error_cb there, which displays, logs and, for fatal levels, bails out.
 */
public final class ZendErrors {
    private ZendErrors() {}

    public static final int E_ERROR = 1, E_WARNING = 2, E_PARSE = 4, E_NOTICE = 8, E_CORE_ERROR = 16,
            E_CORE_WARNING = 32, E_COMPILE_ERROR = 64, E_COMPILE_WARNING = 128, E_USER_ERROR = 256,
            E_USER_WARNING = 512, E_USER_NOTICE = 1024, E_STRICT = 2048, E_RECOVERABLE_ERROR = 4096,
            E_DEPRECATED = 8192, E_USER_DEPRECATED = 16384, E_ALL = 32767;

    /** The signature of zend_error_cb: level, file, line and message (PHP bytes as ISO-8859-1 chars). */
    @FunctionalInterface
    public interface Callback {
        void error(int type, String file, int line, String message);
    }

    /** Where to report "file" and "line" when nothing is executing (zend_get_executed_filename). */
    @FunctionalInterface
    public interface Location {
        String file();

        default int line() {
            return 0;
        }
    }

    /** Installed by php_module_startup (php_error_cb). Until then errors go to stderr as PHP's log form. */
    public static Callback zend_error_cb = (type, file, line, message) ->
            System.err.println("PHP " + label(type) + ":  " + message + " in " + file + " on line " + line);

    /** zend_get_executed_filename/lineno, provided by the executor. */
    public static Location executedLocation = () -> "Unknown";

    /** Port of zend_error: reports at the executing file and line. */
    public static void zend_error(int type, String message) {
        Location where = executedLocation;
        zend_error_cb.error(type, where.file(), where.line(), message);
    }

    /** The label php_error_cb prints for a level ("Warning", "Fatal error", …). */
    public static String label(int type) {
        return switch (type) {
            case E_ERROR, E_CORE_ERROR, E_COMPILE_ERROR, E_USER_ERROR, E_RECOVERABLE_ERROR -> "Fatal error";
            case E_WARNING, E_CORE_WARNING, E_COMPILE_WARNING, E_USER_WARNING -> "Warning";
            case E_PARSE -> "Parse error";
            case E_NOTICE, E_USER_NOTICE -> "Notice";
            case E_STRICT -> "Strict Standards";
            case E_DEPRECATED, E_USER_DEPRECATED -> "Deprecated";
            default -> "Unknown error";
        };
    }
}
