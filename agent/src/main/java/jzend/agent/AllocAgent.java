package jzend.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * The classic front end: {@code java -javaagent:target/jzend.jar …} for applications that embed
 * the interpreter. With the same rule as the launcher (USE_ZEND_ALLOC whose atol is 0), it
 * registers a transformer applying {@link AllocWeaver} to every interpreter class as it loads;
 * otherwise it does nothing and the interpreter runs on ZendMM.
 */
public final class AllocAgent {
    private AllocAgent() {}

    public static void premain(String args, Instrumentation inst) {
        if (!AllocatorSwitch.systemAllocatorRequested(System.getenv("USE_ZEND_ALLOC"))) return;
        inst.addTransformer(new Transformer());
    }

    static final class Transformer implements ClassFileTransformer {
        /** Guards against re-entry: loading ASM's classes while transforming triggers transform again. */
        private final ThreadLocal<Boolean> busy = ThreadLocal.withInitial(() -> Boolean.FALSE);

        @Override
        public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain pd, byte[] bytes) {
            if (className == null || !AllocWeaver.isWoven(className) || busy.get()) return null;
            busy.set(Boolean.TRUE);
            try {
                byte[] out = AllocWeaver.weave(bytes);
                return out == bytes ? null : out;
            } catch (RuntimeException e) {
                System.err.println("jzend agent: cannot rewrite " + className + ": " + e);
                return null;
            } finally {
                busy.set(Boolean.FALSE);
            }
        }
    }
}
