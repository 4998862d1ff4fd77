package jzend.zend.hash;

import jzend.zend.alloc.AllocGlobals;
import jzend.zend.alloc.NativeMemory;
import jzend.zend.alloc.ZendAlloc;
import jzend.zend.alloc.ZendMemoryManager;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendInternedStrings;
import jzend.zend.string.ZendString;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Optional differential check against a real php binary (skipped when {@code php} is not on the
 * PATH, so the suite never needs it): random write sequences are compiled to a PHP script, run
 * by {@code php -n}, and replayed on the port; memory_get_usage() deltas (including copy-on-write
 * duplicates), iteration order, values and the key a final {@code $a[]} gets must be identical.
 * {@code -Dxseed=… -Dxn=… -Dxlen=…} (system properties of the test JVM) change the run.
 */
class ZendHashPhpCrossCheck {
    static final String[] STR = {"0", "1", "5", "7", "-5", "-1", "123", "20", "0123", "-0", " 1", "1.5", "", "-", "1e3",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "00", "a", "B"};

    record Op(int kind, long h, String k, long v) {}

    static String phpInt(long h) { return h == Long.MIN_VALUE ? "PHP_INT_MIN" : "(" + h + ")"; }

    private static boolean phpAvailable() {
        try {
            Process p = new ProcessBuilder("php", "-n", "-r", "echo PHP_MAJOR_VERSION, '.', PHP_MINOR_VERSION;").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return p.waitFor() == 0 && v.equals("8.2");
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void sameAsPhp() throws Exception {
        Assumptions.assumeTrue(phpAvailable(), "php is not installed");
        Random rnd = new Random(Long.getLong("xseed", 42));
        int N = Integer.getInteger("xn", 300);
        List<List<Op>> seqs = new ArrayList<>();
        StringBuilder php = new StringBuilder("<?php\n");
        for (int s = 0; s < N; s++) {
            List<Op> ops = new ArrayList<>();
            int n = rnd.nextInt(Integer.getInteger("xlen", 200));
            int dups = 0;
            for (int i = 0; i < n; i++) {
                int kind = rnd.nextInt(20);
                long h = switch (rnd.nextInt(10)) {
                    case 0, 1, 2, 3, 4 -> rnd.nextInt(21);
                    case 5, 6 -> 21 + rnd.nextInt(280);
                    case 7, 8 -> -1 - rnd.nextInt(6);
                    default -> new long[]{Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, 1L << 40}[rnd.nextInt(4)];
                };
                String k = rnd.nextInt(3) == 0 ? STR[rnd.nextInt(STR.length)] : "k" + rnd.nextInt(30);
                if (kind == 19) { if (dups >= 5) kind = 0; else dups++; }
                ops.add(new Op(kind, h, k, rnd.nextInt(1000)));
            }
            seqs.add(ops);
            StringBuilder f = new StringBuilder("function t" + s + "(){$m=memory_get_usage();$a=" + (s % 2 == 0 ? "[]" : "[PHP_INT_MIN=>0]") + ";");
            if (s % 2 == 1) f.append("unset($a[PHP_INT_MIN]);");
            int c = 0;
            for (Op op : ops) {
                switch (op.kind) {
                    case 0, 1, 2, 3, 4 -> f.append("$a[").append(phpInt(op.h)).append("]=").append(op.v).append(";");
                    case 5, 6, 7 -> f.append("unset($a[").append(phpInt(op.h)).append("]);");
                    case 8, 9, 10, 11 -> f.append("$a['").append(op.k).append("']=").append(op.v).append(";");
                    case 12, 13 -> f.append("unset($a['").append(op.k).append("']);");
                    case 19 -> f.append("$c").append(c++).append("=$a;");
                    default -> f.append("try{$a[]=").append(op.v).append(";}catch(Error $e){unset($e);}");
                }
            }
            f.append("$d=memory_get_usage()-$m;echo $d,'|';foreach($a as $k=>$v)echo is_int($k)?'i':'s',$k,'=',$v,',';"
                    + "try{$a[]=0;echo '|n',array_key_last($a);}catch(Error $e){echo '|nERR';}echo \"\\n\";}\nt" + s + "();\n");
            php.append(f);
        }
        Path script = Files.createTempFile("xc", ".php");
        Files.writeString(script, php.toString());
        script.toFile().deleteOnExit();
        Process p = new ProcessBuilder("php", "-n", "-d", "opcache.enable_cli=0", "-d", "memory_limit=-1", script.toString()).redirectErrorStream(true).start();
        List<String> expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        p.waitFor();
        assertEquals(N, expected.size(), String.join("\n", expected.subList(0, Math.min(5, expected.size()))));

        for (int s = 0; s < N; s++) {
            ZendMemoryManager.start_memory_manager(k -> null);
            ZendInternedStrings.init();
            long tmp = ZendAlloc.pemalloc(16), zv = ZendAlloc.pemalloc(16);
            List<Op> ops = seqs.get(s);
            long[] keys = new long[ops.size()];
            for (int i = 0; i < ops.size(); i++) keys[i] = ZendInternedStrings.intern(ops.get(i).k.getBytes(StandardCharsets.ISO_8859_1));
            long base = AllocGlobals.mm_heap.size();
            if (s % 2 == 0) ZendArrays.setEmptyArray(zv);
            else {
                // [PHP_INT_MIN=>0] then unset: a fresh array whose nNextFreeElement stays ZEND_LONG_MIN
                long ht = ZendHash.zend_new_array_0();
                ZendVm.setLong(tmp, 0);
                ZendHash.zend_hash_index_update(ht, Long.MIN_VALUE, tmp);
                ZendArrays.setArray(zv, ht);
                ZendHash.zend_hash_index_del(ht, Long.MIN_VALUE);
            }
            List<Long> held = new ArrayList<>();
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                if (op.kind == 19) { long ht = NativeMemory.getLong(zv); ZendArrays.addRef(ht); held.add(ht); continue; }
                long ht = ZendArrays.separateZval(zv);
                ZendVm.setLong(tmp, op.v);
                switch (op.kind) {
                    case 0, 1, 2, 3, 4 -> ZendHash.zend_hash_index_update(ht, op.h, tmp);
                    case 5, 6, 7 -> ZendHash.zend_hash_index_del(ht, op.h);
                    case 8, 9, 10, 11 -> ZendSymtable.zend_symtable_update(ht, keys[i], tmp);
                    case 12, 13 -> ZendSymtable.zend_symtable_del(ht, keys[i]);
                    default -> ZendHash.zend_hash_next_index_insert(ht, tmp);
                }
            }
            long d = AllocGlobals.mm_heap.size() - base;
            long ht = ZendArrays.separateZval(zv);
            StringBuilder out = new StringBuilder().append(d).append('|');
            for (int pos = ZendHash.zend_hash_first_pos(ht); pos < ZendArray.numUsed(ht); pos = ZendHash.zend_hash_next_pos(ht, pos)) {
                if (ZendHash.zend_hash_key_type_at(ht, pos) == ZendHash.HASH_KEY_IS_LONG) out.append('i').append(ZendHash.zend_hash_int_key_at(ht, pos));
                else out.append('s').append(ZendString.toJavaString(ZendHash.zend_hash_str_key_at(ht, pos)));
                out.append('=').append(NativeMemory.getLong(ZendHash.zend_hash_data_at(ht, pos))).append(',');
            }
            ZendVm.setLong(tmp, 0);
            long before = ZendArray.nextFreeElement(ht);
            if (ZendHash.zend_hash_next_index_insert(ht, tmp) == 0) out.append("|nERR");
            else out.append("|n").append(before == Long.MIN_VALUE ? 0 : before);
            assertEquals(expected.get(s), out.toString(), "sequence " + s + ": " + ops);
            ZendVm.release(zv);
            for (long h : held) ZendArrays.release(h);
            assertEquals(base, AllocGlobals.mm_heap.size());
            ZendAlloc.pefree(tmp); ZendAlloc.pefree(zv);
            ZendInternedStrings.deactivate();
            ZendMemoryManager.shutdown_memory_manager(true, true);
        }
    }
}
