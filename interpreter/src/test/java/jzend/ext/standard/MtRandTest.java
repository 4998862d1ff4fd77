package jzend.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import jzend.zend.ops.Tsv;
import org.junit.jupiter.api.Test;

/** mt.tsv (gen_mt.php): mt_srand + mt_rand/rand/shuffle/str_shuffle/array_rand sequences for several seeds and both modes. */
class MtRandTest {
    @Test
    void sequencesFromPhp() {
        List<String[]> rows = Tsv.load("mt.tsv");
        MtRand mt = new MtRand();
        List<String> failures = new ArrayList<>();
        String ctx = "";
        for (String[] row : rows) {
            if (row[0].equals("seed")) {
                mt.seed(Long.parseLong(row[1]), Integer.parseInt(row[2]));
                ctx = "seed " + row[1] + " mode " + row[2];
                continue;
            }
            String[] p = row[1].split(" ");
            String r;
            switch (p[0]) {
                case "mt_rand":
                    r = Long.toString(p.length == 1 ? mt.mtRand() : mt.mtRand(Long.parseLong(p[1]), Long.parseLong(p[2])));
                    break;
                case "rand":
                    r = Long.toString(p.length == 1 ? mt.mtRand() : mt.rand(Long.parseLong(p[1]), Long.parseLong(p[2])));
                    break;
                case "shuffle": {
                    int n = Integer.parseInt(p[1]);
                    int[] a = new int[n];
                    for (int i = 0; i < n; i++) {
                        a[i] = i;
                    }
                    mt.shuffle(n, (i, j) -> {
                        int t = a[i];
                        a[i] = a[j];
                        a[j] = t;
                    });
                    StringJoiner sj = new StringJoiner(",");
                    for (int x : a) {
                        sj.add(Integer.toString(x));
                    }
                    r = sj.toString();
                    break;
                }
                case "str_shuffle": {
                    byte[] s = p[1].getBytes();
                    mt.shuffleBytes(s, 0, s.length);
                    r = new String(s);
                    break;
                }
                case "array_rand": {
                    int[] pos = mt.arrayRandPositions(Integer.parseInt(p[1]), Long.parseLong(p[2]));
                    StringJoiner sj = new StringJoiner(",");
                    for (int x : pos) {
                        sj.add(Integer.toString(x));
                    }
                    r = sj.toString();
                    break;
                }
                default:
                    throw new IllegalStateException(p[0]);
            }
            if (!r.equals(row[2])) {
                failures.add(ctx + " " + row[1] + ": php " + row[2] + " java " + r);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(30, failures.size())), failures.size() + " failures");
    }
}
