package jzend.launcher;

import jzend.agent.AllocatorSwitch;
import jzend.agent.WeavingClassLoader;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The launcher behind target/jzend.jar's Main-Class. Like PHP's alloc_globals_ctor it reads
 * USE_ZEND_ALLOC: when it asks for the system allocator, the interpreter is loaded through the
 * {@link WeavingClassLoader}, which rewrites its allocation calls onto malloc (no
 * java.lang.instrument, no attach, no native agent); otherwise it runs unwoven on ZendMM.
 */
public final class Main {
    private Main() {}

    static final String CLI = "jzend.sapi.cli.PhpCli";

    public static void main(String[] args) throws Throwable {
        ClassLoader loader = Main.class.getClassLoader();
        if (AllocatorSwitch.systemAllocatorRequested(System.getenv("USE_ZEND_ALLOC"))) {
            loader = new WeavingClassLoader(loader);
        }
        Method run = Class.forName(CLI, true, loader).getMethod("run", String[].class);
        int status;
        try {
            status = (int) run.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        System.exit(status);
    }
}
