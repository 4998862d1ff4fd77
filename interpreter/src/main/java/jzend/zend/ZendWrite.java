package jzend.zend;

/**
 * zend_write: where the engine's output goes (ECHO, print). php_module_startup points it at the
 * output layer (php_output_write, then the SAPI's ub_write); until then nothing is written.
 */
public final class ZendWrite {
    private ZendWrite() {}

    /** The output function: bytes [off, off+len) of {@code buf}. */
    @FunctionalInterface
    public interface Writer {
        void write(byte[] buf, int off, int len);
    }

    /** Installed by the start-up chain (utility_functions->write_function). */
    public static Writer zend_write = (buf, off, len) -> { };

    /** Port of zend_write. */
    public static void write(byte[] buf, int off, int len) {
        zend_write.write(buf, off, len);
    }
}
