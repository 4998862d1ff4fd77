package jzend.zend;

/**
 * The error types of zend_errors.h (E_ERROR … E_ALL) and the groups php-src tests them by.
 */
public final class ZendErrors {
    private ZendErrors() {}

    public static final int E_ERROR = 1 << 0;
    public static final int E_WARNING = 1 << 1;
    public static final int E_PARSE = 1 << 2;
    public static final int E_NOTICE = 1 << 3;
    public static final int E_CORE_ERROR = 1 << 4;
    public static final int E_CORE_WARNING = 1 << 5;
    public static final int E_COMPILE_ERROR = 1 << 6;
    public static final int E_COMPILE_WARNING = 1 << 7;
    public static final int E_USER_ERROR = 1 << 8;
    public static final int E_USER_WARNING = 1 << 9;
    public static final int E_USER_NOTICE = 1 << 10;
    public static final int E_STRICT = 1 << 11;
    public static final int E_RECOVERABLE_ERROR = 1 << 12;
    public static final int E_DEPRECATED = 1 << 13;
    public static final int E_USER_DEPRECATED = 1 << 14;

    /** Or'ed into a type: report, but do not bail out (E_DONT_BAIL). */
    public static final int E_DONT_BAIL = 1 << 15;

    public static final int E_ALL = E_ERROR | E_WARNING | E_PARSE | E_NOTICE | E_CORE_ERROR | E_CORE_WARNING
            | E_COMPILE_ERROR | E_COMPILE_WARNING | E_USER_ERROR | E_USER_WARNING | E_USER_NOTICE
            | E_RECOVERABLE_ERROR | E_DEPRECATED | E_USER_DEPRECATED | E_STRICT;
    public static final int E_CORE = E_CORE_ERROR | E_CORE_WARNING;
    public static final int E_FATAL_ERRORS = E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR | E_USER_ERROR
            | E_RECOVERABLE_ERROR | E_PARSE;

    /** E_HAS_ONLY_FATAL_ERRORS: the mask reports nothing but fatal errors (as {@code @} leaves it). */
    public static boolean hasOnlyFatalErrors(int mask) {
        return (mask & ~E_FATAL_ERRORS) == 0;
    }
}
