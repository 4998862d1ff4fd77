package jzend.main;

import jzend.zend.ExecutorGlobals;
import jzend.zend.Zend;
import jzend.zend.ZendExecutor;
import jzend.zend.ZendLocation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs a SAPI inside the test JVM with stdout/stderr captured, an environment of the test's
 * choosing, and the real engine or, for request-lifecycle tests, a small engine of the test's
 * own (it runs through the real output, error and allocator layers).
 */
public final class InProcess implements AutoCloseable {
    public final ByteArrayOutputStream out = new ByteArrayOutputStream();
    public final ByteArrayOutputStream err = new ByteArrayOutputStream();

    public InProcess(Map<String, String> environ, ZendExecutor engine) {
        PhpStdio.redirect(out, err);
        PhpMain.set_environ(environ);
        // null: php_module_startup installs the real engine
        Zend.zend_set_executor(engine);
    }

    public String stdout() {
        PhpStdio.flushStdout();
        return out.toString(StandardCharsets.UTF_8);
    }

    public String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** What the executor sets while a script runs: the file and line errors name. */
    public static void at(String file, int line) {
        ExecutorGlobals.executing = new ZendLocation() {
            @Override
            public String filename() {
                return file;
            }

            @Override
            public int lineno() {
                return line;
            }
        };
    }

    @Override
    public void close() {
        Zend.zend_set_executor(null);
        PhpMain.set_environ(System.getenv());
        PhpStdio.redirect(new java.io.FileOutputStream(java.io.FileDescriptor.out), new java.io.FileOutputStream(java.io.FileDescriptor.err));
    }
}
