package jzend.zend.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jzend's parser against what php 8.2 -n -l printed for each case of compile/lint-cases.txt:
 * syntax errors (message, expected tokens, line), scanner errors, compile-time fatal errors and
 * warnings, and valid scripts.
 */
class LintCorpusTest {

    static List<LintCorpus.Case> cases() {
        return LintCorpus.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPhp(LintCorpus.Case c) {
        assertEquals(c.expected(), PhpLint.lint(c.source(), "t.php"));
    }
}
