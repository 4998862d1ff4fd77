package jzend.zend;

import java.nio.file.Path;

/**
 * zend_file_handle for the primary script: what it is called in messages, where it was opened
 * from, and its bytes (read whole, as zend_stream_fixup does before scanning).
 *
 * @param filename     the name errors and __FILE__ use: the opened path for a file,
 *                     "Standard input code" for stdin, "Command line code" for -r
 * @param originalName the name as given on the command line or in SCRIPT_FILENAME (PHP_SELF)
 * @param openedPath   the resolved path of a file (opened_path), or null for stdin/-r code
 * @param contents     the script's bytes
 */
public record ZendFileHandle(String filename, String originalName, Path openedPath, byte[] contents) {
    public static final String STDIN_CODE = "Standard input code";
    public static final String COMMAND_LINE_CODE = "Command line code";
}
