package jzend.zend.ops;

/**
 * Receives the non-throwing diagnostics of an operation, as zend_error()/php_error_docref() would
 * (levels are PHP's E_* values). Functions that may warn take a sink; {@code null} means "silent"
 * (the @-operator case). The message is PHP's exact text without the "func(): " docref prefix,
 * unless stated otherwise by the function.
 */
@FunctionalInterface
public interface ErrorSink {
    int E_WARNING = 2;
    int E_NOTICE = 8;
    int E_DEPRECATED = 8192;

    void error(int level, String message);

    /** Reports through {@code sink} when it is not null. */
    static void report(ErrorSink sink, int level, String message) {
        if (sink != null) {
            sink.error(level, message);
        }
    }
}
