package jzend.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jzend.zend.ops.ByteBuf;
import jzend.zend.ops.Tsv;
import jzend.zend.ops.ZendException;
import org.junit.jupiter.api.Test;

/** printf.tsv (gen_printf.php): sprintf over thousands of format/argument combinations. */
class FormattedPrintTest {

    static Object decode(String enc) {
        switch (enc.charAt(0)) {
            case 'N': return null;
            case 'T': return Boolean.TRUE;
            case 'F': return Boolean.FALSE;
            case 'i': return Long.parseLong(enc.substring(2));
            case 'd': return Tsv.dbl(enc);
            case 's': return Tsv.hex(enc.substring(2));
            default: throw new IllegalArgumentException(enc);
        }
    }

    @Test
    void tableFromPhp() {
        List<String[]> rows = Tsv.load("printf.tsv");
        assertTrue(rows.size() > 1000);
        List<String> failures = new ArrayList<>();
        ByteBuf out = new ByteBuf();
        for (String[] row : rows) {
            byte[] fmt = Tsv.hex(row[0]);
            String argSpec = row[1];
            int mode = FormattedPrint.SPRINTF;
            if (argSpec.startsWith("V:")) {
                mode = FormattedPrint.VSPRINTF;
                argSpec = argSpec.substring(2);
            }
            List<Object> args = new ArrayList<>();
            if (!argSpec.isEmpty()) {
                for (String a : argSpec.split(",")) {
                    args.add(decode(a));
                }
            }
            List<String> diags = new ArrayList<>();
            String actual;
            out.reset();
            try {
                FormattedPrint.format(out, fmt, 0, fmt.length, new ScalarFormatArgs(args.toArray()), mode,
                        (lvl, msg) -> diags.add(lvl + ":sprintf(): " + msg));
                actual = Tsv.encStr(out.toArray());
            } catch (ZendException e) {
                actual = Tsv.encEx(e);
                assertEquals(0, out.length());
            }
            String what = "sprintf(\"" + Tsv.str(row[0]) + "\", " + argSpec + ")";
            if (!actual.equals(row[2])) {
                failures.add(what + ": php " + Tsv.show(row[2]) + " java " + Tsv.show(actual));
            }
            String d = Tsv.hexOf(String.join("\n", diags));
            if (!d.equals(row[3])) {
                failures.add(what + " diagnostics: php " + Tsv.str(row[3]) + " java " + Tsv.str(d));
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " failures");
    }
}
