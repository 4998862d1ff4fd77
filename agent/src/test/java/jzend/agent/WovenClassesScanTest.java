package jzend.agent;

import jzend.zend.alloc.ZendAlloc;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rewrite is complete: after weaving, no interpreter class calls the ZendMM interface layer,
 * and none outside jzend.zend.alloc reaches the heap (ZendMMHeap) directly.
 */
class WovenClassesScanTest {
    @Test
    void noWovenClassStillReachesZendMM() throws Exception {
        Path location = Path.of(ZendAlloc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // the interpreter's classes: a directory in a test run, its jar in a verify run
        try (java.nio.file.FileSystem jar = Files.isDirectory(location) ? null : java.nio.file.FileSystems.newFileSystem(location)) {
            scan(jar == null ? location : jar.getPath("/"));
        }
    }

    private void scan(Path classes) throws Exception {
        List<String> offenders = new ArrayList<>();
        int[] scanned = {0};
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String internal = classes.relativize(f).toString().replace('\\', '/').replace(".class", "");
                if (!AllocWeaver.isWoven(internal)) continue;
                byte[] woven = AllocWeaver.weave(Files.readAllBytes(f));
                scanned[0]++;
                boolean inAllocPackage = internal.startsWith("jzend/zend/alloc/");
                new ClassReader(woven).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitMethodInsn(int op, String owner, String mName, String mDesc, boolean itf) {
                                if (owner.equals(AllocWeaver.INTERFACE_LAYER)) {
                                    offenders.add(internal + "." + name + " calls ZendAlloc." + mName);
                                }
                                if (owner.equals("jzend/zend/alloc/ZendMMHeap") && !inAllocPackage) {
                                    offenders.add(internal + "." + name + " calls ZendMMHeap." + mName + " directly");
                                }
                            }
                        };
                    }
                }, 0);
            }
        }
        assertTrue(scanned[0] > 10, "scanned " + scanned[0] + " classes");
        assertEquals(List.of(), offenders);
    }
}
