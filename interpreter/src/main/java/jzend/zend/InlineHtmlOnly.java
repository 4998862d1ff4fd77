package jzend.zend;

/**
 * What php_execute_script runs until the compiler and executor are wired in: the primary script's
 * inline HTML (T_INLINE_HTML, the text outside PHP tags) is written through zend_write exactly as
 * PHP writes it; the code inside the tags is skipped, not run. It follows the scanner's rules for
 * tags: {@code <?php} followed by a blank, a newline or the end of file, {@code <?=}, and
 * {@code <?} (when short_open_tag is On, the default) open PHP code; {@code ?>} closes it and eats one
 * newline right after it ("\n", "\r\n" or "\r"); a leading "#!" line is skipped when
 * CG(skip_shebang) is set. Inside code, "?>" in quoted strings and comments does not close the
 * tag ("//" and "#" comments do end at "?>", as in PHP); heredoc bodies are not recognised.
 */
public final class InlineHtmlOnly implements ZendExecutor {
    /** Bytes of PHP code skipped in the last run (for the trace). */
    private long skippedCode;

    @Override
    public void execute(ZendFileHandle primaryFile) {
        byte[] s = primaryFile.contents();
        int n = s.length;
        int i = 0;
        if (CompilerGlobals.skip_shebang && n >= 2 && s[0] == '#' && s[1] == '!') {
            while (i < n && s[i] != '\n' && s[i] != '\r') i++;
            if (i < n && s[i] == '\r') i++;
            if (i < n && s[i] == '\n' && s[i - 1] != '\n') i++;
        }
        skippedCode = 0;
        while (i < n) {
            int open = findOpenTag(s, i);
            if (open < 0) {
                Zend.zend_write(s, i, n - i);
                break;
            }
            if (open > i) Zend.zend_write(s, i, open - i);
            int codeStart = open + openTagLength(s, open);
            int close = findCloseTag(s, codeStart);
            if (close < 0) {
                skippedCode += n - codeStart;
                break;
            }
            skippedCode += close - codeStart;
            i = close + 2;
            if (i < n && s[i] == '\n') {
                i++;
            } else if (i < n && s[i] == '\r') {
                i++;
                if (i < n && s[i] == '\n') i++;
            }
        }
        StartupTrace.stage("zend_execute_scripts", "no executor yet: inline HTML written, " + skippedCode
                + " bytes of PHP code skipped");
    }

    private static int findOpenTag(byte[] s, int from) {
        for (int i = from; i + 1 < s.length; i++) {
            if (s[i] == '<' && s[i + 1] == '?') {
                if (CompilerGlobals.short_tags || openTagLength(s, i) > 2) return i;
            }
        }
        return -1;
    }

    /** "<?php" + one blank/newline (or at EOF), "<?=", or "<?". */
    private static int openTagLength(byte[] s, int at) {
        int n = s.length;
        if (at + 5 <= n && (s[at + 2] | 0x20) == 'p' && (s[at + 3] | 0x20) == 'h' && (s[at + 4] | 0x20) == 'p') {
            if (at + 5 == n) return 5;
            byte c = s[at + 5];
            if (c == ' ' || c == '\t' || c == '\n') return 6;
            if (c == '\r') return (at + 6 < n && s[at + 6] == '\n') ? 7 : 6;
        }
        if (at + 2 < n && s[at + 2] == '=') return 3;
        return 2;
    }

    /** The offset of the "?>" that ends the code starting at {@code from}, or -1. */
    private static int findCloseTag(byte[] s, int from) {
        int n = s.length;
        int i = from;
        while (i < n) {
            byte c = s[i];
            if (c == '?' && i + 1 < n && s[i + 1] == '>') return i;
            if (c == '\'' || c == '"' || c == '`') {
                i++;
                while (i < n && s[i] != c) {
                    if (s[i] == '\\') i++;
                    i++;
                }
                i++;
            } else if (c == '#' || (c == '/' && i + 1 < n && s[i + 1] == '/')) {
                if (c == '#' && i + 1 < n && s[i + 1] == '[') { // an attribute, not a comment
                    i += 2;
                    continue;
                }
                while (i < n && s[i] != '\n' && s[i] != '\r') {
                    if (s[i] == '?' && i + 1 < n && s[i + 1] == '>') return i;
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
                int end = indexOf(s, i + 2, (byte) '*', (byte) '/');
                i = end < 0 ? n : end + 2;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] s, int from, byte a, byte b) {
        for (int i = from; i + 1 < s.length; i++) {
            if (s[i] == a && s[i + 1] == b) return i;
        }
        return -1;
    }
}
