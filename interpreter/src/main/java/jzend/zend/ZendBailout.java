package jzend.zend;

/**
 * zend_bailout(): the longjmp back to the nearest zend_try, taken after a fatal error has been
 * reported. It carries no stack trace (it is control flow, not a Java failure) and, for
 * reporting by whoever catches it when nobody printed it yet, the fatal message.
 */
public final class ZendBailout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ZendBailout(String fatalMessage) {
        super(fatalMessage, null, false, false);
    }
}
