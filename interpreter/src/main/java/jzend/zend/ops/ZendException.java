package jzend.zend.ops;

/**
 * A PHP exception thrown by an engine operation, as zend_throw_error()/zend_throw_exception() would:
 * {@link #phpClass()} is PHP's exact class name ("DivisionByZeroError", "ArithmeticError",
 * "ValueError", "ArgumentCountError", "TypeError") and {@link #getMessage()} PHP's exact message.
 * The executor turns it into a PHP object; it carries no Java stack trace.
 */
public final class ZendException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String DIVISION_BY_ZERO_ERROR = "DivisionByZeroError";
    public static final String ARITHMETIC_ERROR = "ArithmeticError";
    public static final String VALUE_ERROR = "ValueError";
    public static final String ARGUMENT_COUNT_ERROR = "ArgumentCountError";
    public static final String TYPE_ERROR = "TypeError";

    private final String phpClass;

    public ZendException(String phpClass, String message) {
        super(message, null, false, false);
        this.phpClass = phpClass;
    }

    /** PHP class name of the throwable, e.g. "DivisionByZeroError". */
    public String phpClass() {
        return phpClass;
    }

    public static ZendException divisionByZero(String message) {
        return new ZendException(DIVISION_BY_ZERO_ERROR, message);
    }

    public static ZendException arithmetic(String message) {
        return new ZendException(ARITHMETIC_ERROR, message);
    }

    public static ZendException valueError(String message) {
        return new ZendException(VALUE_ERROR, message);
    }

    public static ZendException argumentCount(String message) {
        return new ZendException(ARGUMENT_COUNT_ERROR, message);
    }

    public static ZendException typeError(String message) {
        return new ZendException(TYPE_ERROR, message);
    }

    @Override
    public String toString() {
        return phpClass + ": " + getMessage();
    }
}
