package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.ZendVirtualCwd;
import jzend.zend.execute.ZendParseParameters;
import jzend.zend.execute.ZendVm;
import jzend.zend.string.ZendString;

/**
 * ext/standard/file.c: the file functions (so far realpath).
 */
public final class FileFunctions {
    private FileFunctions() {}

    private static final String OWNER = "jzend/ext/standard/FileFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("realpath", OWNER, "realpath", 1, "path"),
    };

    /**
     * PHP_FUNCTION(realpath): VCWD_REALPATH (tsrm_realpath) — the absolute path with every
     * symbolic link, "." and ".." resolved, relative paths against the working directory, "" the
     * working directory itself; false when a component does not exist. (No open_basedir here.)
     */
    public static void realpath(long ex, long rv) {
        byte[] filename = ZendString.bytes(ZendParseParameters.requiredPath(ex, 1));
        byte[] resolvedPath = ZendVirtualCwd.tsrm_realpath(filename);
        if (resolvedPath != null) {
            ZendVm.setString(rv, ZendString.init(resolvedPath, false));
        } else {
            ZendVm.setBool(rv, false);
        }
    }
}
