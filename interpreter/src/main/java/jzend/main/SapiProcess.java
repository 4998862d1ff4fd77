package jzend.main;

import jzend.zend.ExecutorGlobals;
import jzend.zend.StartupTrace;
import jzend.zend.Zend;
import jzend.zend.ZendBailout;
import jzend.zend.alloc.ZendMMPanic;
import jzend.zend.alloc.ZendMemoryManager;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * The outermost frame of a SAPI's main(): whatever happens below, the process ends the way a PHP
 * binary does, never with a Java stack trace. A memory-manager start-up error prints its one
 * line and exits with its status; "zend_mm_heap corrupted" prints its line and exits with 134 (PHP
 * aborts: 128 + SIGABRT); a bailout nobody caught exits with EG(exit_status); any other failure
 * is a jzend bug, reported as a PHP fatal error (exit 255), with the Java stack trace only when
 * JZEND_TRACE contains "java".
 */
public final class SapiProcess {
    private SapiProcess() {}

    /** Runs a SAPI's main and returns the process exit status. */
    public static int run(IntSupplier sapiMain) {
        jzend.zend.alloc.LibC.linkInBackground();
        String trace = PhpMain.environment().apply("JZEND_TRACE");
        StartupTrace.configure(trace);
        StartupTrace.setSink(PhpStdio::writeStderrLine);
        try {
            return sapiMain.getAsInt();
        } catch (ZendMemoryManager.StartupError e) {
            PhpStdio.writeStderrLine(e.getMessage());
            return e.exitStatus;
        } catch (ZendMMPanic e) {
            PhpStdio.writeStderrLine(e.getMessage());
            return 134;
        } catch (ZendBailout e) {
            int status = ExecutorGlobals.exit_status;
            return status != 0 ? status : 255;
        } catch (Throwable t) {
            String where = Zend.zend_is_executing()
                    ? Zend.zend_get_executed_filename() + " on line " + Zend.zend_get_executed_lineno()
                    : "Unknown on line 0";
            byte[] msg = ("\nFatal error: jzend internal error: " + t + " in " + where + "\n").getBytes(StandardCharsets.UTF_8);
            PhpStdio.writeStdout(msg, 0, msg.length);
            if (trace != null && trace.contains("java")) {
                StringWriter sw = new StringWriter();
                t.printStackTrace(new PrintWriter(sw));
                PhpStdio.writeStderr(sw.toString());
            }
            return 255;
        } finally {
            PhpStdio.flushStdout();
        }
    }
}
