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
 * The first argument {@code --sapi=cgi-fcgi} selects php-cgi's SAPI instead of the cli.
 */
public final class Main {
    private Main() {}

    static final String CLI = "jzend.sapi.cli.PhpCli";
    static final String CGI = "jzend.sapi.cgi.CgiMain";

    /**
     * Which SAPI runs: cli, unless the first argument is {@code --sapi=NAME} (cli or cgi-fcgi), which
     * is removed before the SAPI sees the command line. Returns null for an unknown name.
     */
    static String sapiClass(String[] args) {
        if (args.length == 0 || !args[0].startsWith("--sapi=")) return CLI;
        return switch (args[0].substring("--sapi=".length())) {
            case "cli" -> CLI;
            case "cgi-fcgi", "cgi" -> CGI;
            default -> null;
        };
    }

    public static void main(String[] args) throws Throwable {
        String sapi = sapiClass(args);
        if (sapi == null) {
            System.err.println("jzend: unknown SAPI '" + args[0].substring("--sapi=".length()) + "'; available: cli, cgi-fcgi");
            System.exit(1);
        }
        if (args.length > 0 && args[0].startsWith("--sapi=")) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        ClassLoader loader = Main.class.getClassLoader();
        if (AllocatorSwitch.systemAllocatorRequested(System.getenv("USE_ZEND_ALLOC"))) {
            loader = new WeavingClassLoader(loader);
        }
        Method run = Class.forName(sapi, true, loader).getMethod("run", String[].class);
        int status;
        try {
            status = (int) run.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        System.exit(status);
    }
}
