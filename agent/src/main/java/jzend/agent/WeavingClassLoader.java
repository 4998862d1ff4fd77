package jzend.agent;

import java.io.IOException;
import java.io.InputStream;
import java.security.CodeSource;
import java.security.ProtectionDomain;

/**
 * The JVMTI-free way in: a class loader that defines the interpreter's classes itself, each one
 * passed through {@link AllocWeaver} first, so that they call the malloc layer. Parent-last for
 * {@code jzend.*} (except the launcher), parent-first for everything else. Needs no
 * java.lang.instrument, no agent attach and no native code.
 */
public final class WeavingClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final ClassLoader source;
    private final ProtectionDomain domain;

    /** Weaves the classes that {@code source} can find (the jar or classpath of jzend). */
    public WeavingClassLoader(ClassLoader source) {
        super("jzend-malloc", source);
        this.source = source;
        CodeSource cs = WeavingClassLoader.class.getProtectionDomain().getCodeSource();
        this.domain = new ProtectionDomain(cs, null, this, null);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        String internal = name.replace('.', '/');
        if (!internal.startsWith("jzend/") || internal.startsWith("jzend/launcher/")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes;
                try (InputStream in = source.getResourceAsStream(internal + ".class")) {
                    if (in == null) throw new ClassNotFoundException(name);
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
                if (AllocWeaver.isWoven(internal)) bytes = AllocWeaver.weave(bytes);
                c = defineClass(name, bytes, 0, bytes.length, domain);
            }
            if (resolve) resolveClass(c);
            return c;
        }
    }
}
