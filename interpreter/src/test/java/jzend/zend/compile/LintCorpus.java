package jzend.zend.compile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The cases of {@code compile/lint-cases.txt}: PHP sources and what php -n -l printed for them. */
final class LintCorpus {
    private LintCorpus() {}

    /** One case: its name, source bytes and php's recorded output. */
    record Case(String name, byte[] source, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String EXPECT = "\n----- php -n -l\n";

    static List<Case> load() {
        String data;
        try (InputStream in = LintCorpus.class.getResourceAsStream("/compile/lint-cases.txt")) {
            data = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Case> cases = new ArrayList<>();
        String[] chunks = data.split("===== ", -1);
        for (int i = 1; i < chunks.length; i++) {
            String chunk = chunks[i];
            int nl = chunk.indexOf('\n');
            String name = chunk.substring(0, nl);
            String rest = chunk.substring(nl + 1);
            int sep = rest.indexOf(EXPECT);
            if (sep < 0) {
                throw new IllegalStateException("case without expectation: " + name);
            }
            cases.add(new Case(name, rest.substring(0, sep).getBytes(StandardCharsets.ISO_8859_1),
                    rest.substring(sep + EXPECT.length())));
        }
        return cases;
    }

    /** Prints the cases where jzend disagrees with php. */
    public static void main(String[] args) {
        int bad = 0;
        List<Case> all = load();
        for (Case c : all) {
            String got = PhpLint.lint(c.source(), "t.php");
            if (!got.equals(c.expected())) {
                bad++;
                System.out.println("### " + c.name() + "\n" + new String(c.source(), StandardCharsets.ISO_8859_1)
                        + "\n--- php:" + c.expected() + "--- jzend:" + got);
            }
        }
        System.out.println(bad + " of " + all.size() + " differ");
    }
}
