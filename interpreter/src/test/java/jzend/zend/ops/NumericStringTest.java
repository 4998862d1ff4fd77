package jzend.zend.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** numeric.tsv (gen_numeric.php): is_numeric, arithmetic conversion, casts, intval bases, ++/-- of strings. */
class NumericStringTest {
    private static final int[] BASES = {0, 2, 8, 16, 36};

    @Test
    void tableFromPhp() {
        List<String[]> rows = Tsv.load("numeric.tsv");
        assertTrue(rows.size() > 2000);
        NumResult r = new NumResult();
        ByteBuf buf = new ByteBuf();
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            byte[] s = Tsv.hex(row[0]);
            String in = Tsv.show("s:" + row[0]);
            check(failures, in + " is_numeric", row[1], NumericString.isNumeric(s) ? "T" : "F");
            List<String> warnings = new ArrayList<>();
            int t = NumericString.toNumberForArithmetic(s, 0, s.length, r, (lvl, msg) -> warnings.add(lvl + ":" + msg));
            String arith = t == 0
                    ? "E:TypeError:" + Tsv.hexOf("Unsupported operand types: string + int")
                    : t == ZType.IS_DOUBLE ? Tsv.encDouble(r.dval + 0) : Tsv.encLong(r.lval);
            check(failures, in + " +0", row[2], arith);
            check(failures, in + " +0 warnings", row[3], Tsv.hexOf(String.join("\n", warnings)));
            check(failures, in + " (int)", row[4], Tsv.encLong(NumericString.toLong(s, 0, s.length, r)));
            check(failures, in + " (float)", row[5], Tsv.encDouble(NumericString.toDouble(s)));
            for (int i = 0; i < BASES.length; i++) {
                check(failures, in + " intval base " + BASES[i], row[6 + i],
                        Tsv.encLong(NumericString.intval(s, 0, s.length, BASES[i], r)));
            }
            buf.reset();
            int it = StringIncrement.increment(s, 0, s.length, r, buf);
            check(failures, in + " ++", row[11], it == ZType.IS_STRING ? Tsv.encStr(buf.toArray()) : Tsv.encNum(it, r));
            int dt = StringIncrement.decrement(s, 0, s.length, r);
            check(failures, in + " --", row[12], dt == ZType.IS_STRING ? Tsv.encStr(s) : Tsv.encNum(dt, r));
        }
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " failures");
    }

    static void check(List<String> failures, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ": php " + Tsv.show(expected) + " java " + Tsv.show(actual));
        }
    }
}
