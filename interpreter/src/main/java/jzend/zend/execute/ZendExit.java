package jzend.zend.execute;

/**
 * exit()/die() in flight: as PHP 8's unwind_exit, it unwinds every frame (each releasing its
 * variables) and the script ends normally, with EG(exit_status) already set.
 */
public final class ZendExit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ZendExit() {
        super("exit", null, false, false);
    }
}
