package jzend.zend.execute;

/**
 * A PHP Throwable (Error, TypeError, ArgumentCountError, …) in flight: a Java exception without a
 * stack trace that unwinds the generated methods, each of which frees its frame on the way out.
 */
public final class ZendError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The PHP class name, e.g. "ArgumentCountError". */
    public final String phpClass;

    public ZendError(String phpClass, String message) {
        super(message, null, false, false);
        this.phpClass = phpClass;
    }
}
