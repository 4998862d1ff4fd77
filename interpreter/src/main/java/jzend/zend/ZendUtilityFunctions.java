package jzend.zend;

import java.util.function.UnaryOperator;

/**
 * zend_utility_functions: what the PHP layer (main/) hands the engine in zend_startup so that the
 * engine can report errors, write output and read the environment without knowing the SAPI.
 */
public final class ZendUtilityFunctions {
    /** zend_error_cb's signature: php_error_cb(type, error_filename, error_lineno, message). */
    @FunctionalInterface
    public interface ErrorFunction {
        void error(int type, String errorFilename, int errorLineno, String message);
    }

    /** zend_write's signature: php_output_write. */
    @FunctionalInterface
    public interface WriteFunction {
        void write(byte[] str, int off, int len);
    }

    public final ErrorFunction error_function;
    public final WriteFunction write_function;
    public final UnaryOperator<String> getenv_function;

    public ZendUtilityFunctions(ErrorFunction errorFunction, WriteFunction writeFunction, UnaryOperator<String> getenvFunction) {
        this.error_function = errorFunction;
        this.write_function = writeFunction;
        this.getenv_function = getenvFunction;
    }
}
