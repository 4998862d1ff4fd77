package jzend.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.NumResult;
import jzend.zend.ops.Tsv;
import jzend.zend.ops.ZType;
import jzend.zend.ops.ZendException;
import org.junit.jupiter.api.Test;

/** math.tsv (gen_math.php): round, number_format, bindec/octdec/hexdec, base_convert, decbin/decoct/dechex. */
class MathTest {

    @Test
    void tableFromPhp() {
        List<String[]> rows = Tsv.load("math.tsv");
        assertTrue(rows.size() > 10000);
        List<String> failures = new ArrayList<>();
        NumResult r = new NumResult();
        ByteBuf b = new ByteBuf();
        for (String[] row : rows) {
            switch (row[0]) {
                case "R": {
                    double d = Tsv.dbl("d:" + row[1]);
                    double res = MathRound.round(d, Long.parseLong(row[2]), Integer.parseInt(row[3]));
                    check(failures, "round(" + d + ", " + row[2] + ", " + row[3] + ")", "d:" + row[4], Tsv.encDouble(res));
                    break;
                }
                case "N": {
                    double d = Tsv.dbl("d:" + row[1]);
                    b.reset();
                    MathRound.numberFormat(b, d, Integer.parseInt(row[2]), Tsv.hex(row[3]), Tsv.hex(row[4]));
                    check(failures, "number_format(" + d + ", " + row[2] + ", '" + Tsv.str(row[3]) + "', '" + Tsv.str(row[4]) + "')",
                            "s:" + row[5], Tsv.encStr(b.toArray()));
                    break;
                }
                case "B": {
                    byte[] s = Tsv.hex(row[1]);
                    List<String> diags = new ArrayList<>();
                    int t = BaseConvert.baseToNumber(s, 0, s.length, Integer.parseInt(row[2]), r, (l, m) -> diags.add(l + ":" + m));
                    check(failures, "basetozval(" + Tsv.str(row[1]) + ", " + row[2] + ")", row[3], Tsv.encNum(t, r));
                    check(failures, "basetozval diag " + Tsv.str(row[1]), row[4], Tsv.hexOf(String.join("\n", diags)));
                    break;
                }
                case "C": {
                    byte[] s = Tsv.hex(row[1]);
                    b.reset();
                    List<String> diags = new ArrayList<>();
                    String res;
                    try {
                        BaseConvert.baseConvert(b, s, Integer.parseInt(row[2]), Integer.parseInt(row[3]), (l, m) -> diags.add(l + ":" + m));
                        res = Tsv.hexOf(b.toArray());
                    } catch (ZendException e) {
                        res = Tsv.encEx(e);
                    }
                    check(failures, "base_convert(" + Tsv.str(row[1]) + ", " + row[2] + ", " + row[3] + ")", row[4], res);
                    check(failures, "base_convert diag " + Tsv.str(row[1]), row[5], Tsv.hexOf(String.join("\n", diags)));
                    break;
                }
                case "D": {
                    long n = Long.parseLong(row[1]);
                    int[] bases = {2, 8, 16};
                    for (int i = 0; i < 3; i++) {
                        b.reset();
                        BaseConvert.longToBase(b, n, bases[i]);
                        if (!b.toString().equals(row[2 + i])) {
                            failures.add("dec->base " + bases[i] + " of " + n + ": php " + row[2 + i] + " java " + b);
                        }
                    }
                    break;
                }
                default:
                    throw new IllegalStateException(row[0]);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " failures");
    }

    static void check(List<String> failures, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ": php " + Tsv.show(expected) + " java " + Tsv.show(actual));
        }
    }

    @Test
    void roundExamples() {
        assertEquals(1.96, MathRound.round(1.955, 2L, MathRound.PHP_ROUND_HALF_UP));
        assertEquals(5.06, MathRound.round(5.055, 2L, MathRound.PHP_ROUND_HALF_UP));
        assertEquals(ZType.IS_LONG, ZType.IS_LONG);
    }
}
