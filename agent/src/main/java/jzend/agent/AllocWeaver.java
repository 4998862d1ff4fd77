package jzend.agent;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The rewrite both entry points apply (call-site substitution in the spirit of ByteBuddy's
 * MemberSubstitution, done with ASM): in an interpreter class, every
 * {@code invokestatic jzend/zend/alloc/ZendAlloc.name(desc)} becomes
 * {@code invokestatic jzend/agent/MallocAlloc.name(desc)}. The descriptors are identical, so
 * stack shapes, frames and max-stack do not change and the constant pool is copied as is.
 */
public final class AllocWeaver {
    private AllocWeaver() {}

    public static final String INTERFACE_LAYER = "jzend/zend/alloc/ZendAlloc";
    public static final String MALLOC_LAYER = "jzend/agent/MallocAlloc";

    /**
     * Whether a class (internal name) is one the agent rewrites: the interpreter's classes, not the
     * agent's own nor the launcher's (MallocAlloc must keep reaching libc, not itself).
     */
    public static boolean isWoven(String internalName) {
        return internalName.startsWith("jzend/")
                && !internalName.startsWith("jzend/agent/")
                && !internalName.startsWith("jzend/launcher/");
    }

    /** Rewrites one class file; returns the same array when nothing needed rewriting. */
    public static byte[] weave(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = {false};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String mName, String mDesc, boolean isInterface) {
                        if (opcode == Opcodes.INVOKESTATIC && owner.equals(INTERFACE_LAYER)) {
                            changed[0] = true;
                            super.visitMethodInsn(opcode, MALLOC_LAYER, mName, mDesc, isInterface);
                        } else {
                            super.visitMethodInsn(opcode, owner, mName, mDesc, isInterface);
                        }
                    }
                };
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : classFile;
    }
}
