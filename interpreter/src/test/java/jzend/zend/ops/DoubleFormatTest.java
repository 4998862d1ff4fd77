package jzend.zend.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** float.tsv (gen_float.php): echo at several precisions, var_dump, var_export, json_encode. */
class DoubleFormatTest {
    private static final int[] PRECISIONS = {14, 17, 1, 5, -1};

    @Test
    void tableFromPhp() {
        List<String[]> rows = Tsv.load("float.tsv");
        assertTrue(rows.size() > 2000);
        ByteBuf b = new ByteBuf();
        List<String> failures = new ArrayList<>();
        for (String[] row : rows) {
            double x = Tsv.dbl("d:" + row[0]);
            String in = x + " (" + row[0] + ")";
            for (int i = 0; i < PRECISIONS.length; i++) {
                b.reset();
                DoubleFormat.appendForEcho(b, x, PRECISIONS[i]);
                check(failures, in + " echo@" + PRECISIONS[i], row[1 + i], b);
            }
            b.reset().appendAscii("float(");
            DoubleFormat.appendH(b, x, -1);
            b.append(')');
            check(failures, in + " var_dump", row[6], b);
            b.reset().appendAscii("float(");
            DoubleFormat.appendH(b, x, 17);
            b.append(')');
            check(failures, in + " var_dump@17", row[7], b);
            b.reset();
            DoubleFormat.appendVarExport(b, x, -1);
            check(failures, in + " var_export", row[8], b);
            if (Double.isFinite(x)) {
                b.reset();
                DoubleFormat.appendJson(b, x, -1, false);
                check(failures, in + " json", row[9], b);
            } else {
                assertEquals("F", row[9]);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " failures");
    }

    static void check(List<String> failures, String what, String expectedHex, ByteBuf actual) {
        String exp = Tsv.str(expectedHex);
        if (!exp.equals(actual.toString())) {
            failures.add(what + ": php " + exp + " java " + actual);
        }
    }

    @Test
    void examples() {
        assertEquals("0.1", echo(0.1));
        assertEquals("1.0E+25", echo(1e25));
        assertEquals("1.2345678901235E+19", echo(12345678901234567890.0));
        assertEquals("-0", echo(-0.0));
        assertEquals("INF", echo(Double.POSITIVE_INFINITY));
        assertEquals("NAN", echo(Double.NaN));
        assertEquals("1.0E-7", echo(1e-7));
    }

    private static String echo(double d) {
        ByteBuf b = new ByteBuf();
        DoubleFormat.appendForEcho(b, d);
        return b.toString();
    }

    /** Shortest (serialize_precision = -1) output reads back as the same double. */
    @Property(tries = 3000)
    void shortestRoundTrips(@ForAll double d) {
        if (!Double.isFinite(d)) {
            return;
        }
        ByteBuf b = new ByteBuf();
        DoubleFormat.appendH(b, d, -1);
        double back = ZendStrtod.strtod(b.toArray());
        assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(back), b.toString());
    }

    /** precision-17 output reads back exactly too. */
    @Property(tries = 2000)
    void seventeenDigitsRoundTrip(@ForAll double d) {
        if (!Double.isFinite(d)) {
            return;
        }
        ByteBuf b = new ByteBuf();
        DoubleFormat.appendForEcho(b, d, 17);
        assertEquals(d, ZendStrtod.strtod(b.toArray()), b.toString());
    }
}
