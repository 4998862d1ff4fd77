package jzend.launcher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The Main-Class of target/jzend.jar. It is compiled for Java 8 class files so that any old JVM
 * can load it and say which JDK jzend needs, instead of failing with UnsupportedClassVersionError;
 * on Java 25 or newer it hands over to {@code jzend.launcher.Main}.
 */
public final class VersionCheck {
    private VersionCheck() {}

    static final int REQUIRED = 25;

    public static void main(String[] args) throws Throwable {
        String spec = System.getProperty("java.specification.version", "0");
        int feature;
        try {
            feature = Integer.parseInt(spec.startsWith("1.") ? spec.substring(2) : spec);
        } catch (NumberFormatException e) {
            feature = 0;
        }
        if (feature < REQUIRED) {
            System.err.println("jzend needs Java " + REQUIRED + " or newer, but this is Java " + spec
                    + " (" + System.getProperty("java.home") + "); run it with a JDK " + REQUIRED + "'s java.");
            System.exit(1);
        }
        Method main = Class.forName("jzend.launcher.Main").getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
