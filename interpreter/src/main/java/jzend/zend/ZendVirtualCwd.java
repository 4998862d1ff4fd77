package jzend.zend;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Zend/zend_virtual_cwd.c as an NTS build without VIRTUAL_DIR uses it: VCWD_REALPATH is
 * tsrm_realpath, which resolves a path against the process's working directory with
 * virtual_file_ex and tsrm_realpath_r — component by component from the end, "." and "//"
 * dropped, ".." removing the resolved previous directory, each existing component lstat'ed and
 * symbolic links followed (at most 32). Paths are the bytes PHP has; lstat and readlink are
 * java.nio.file's, whose file names are those bytes in the platform's file-name encoding
 * (sun.jnu.encoding): a path that encoding cannot represent is reported as not found.
 * The realpath cache (realpath_cache_size, realpath_cache_ttl) is left out: it only saves the
 * system calls.
 */
public final class ZendVirtualCwd {
    private ZendVirtualCwd() {}

    /** The use_realpath modes: CWD_EXPAND (no lstat), CWD_FILEPATH (resolve what exists), CWD_REALPATH (everything must exist). */
    public static final int CWD_EXPAND = 0, CWD_FILEPATH = 1, CWD_REALPATH = 2;

    /** MAXPATHLEN (PATH_MAX on Linux). */
    public static final int MAXPATHLEN = 4096;

    /** LINK_MAX as zend_virtual_cwd.c redefines it: symbolic links followed before giving up. */
    private static final int LINK_MAX = 32;

    private static final Charset FILE_NAMES = fileNameCharset();

    private static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException unknown) {
            return Charset.defaultCharset();
        }
    }

    /** IS_SLASH on Unix. */
    private static boolean IS_SLASH(byte c) {
        return c == '/';
    }

    /** IS_ABSOLUTE_PATH on Unix: a leading slash. */
    private static boolean IS_ABSOLUTE_PATH(byte[] path, int len) {
        return len > 0 && IS_SLASH(path[0]);
    }

    /** The first {@code len} bytes of {@code path} as a java.nio.file path, or null when they cannot name a file here. */
    private static Path toPath(byte[] path, int len) {
        try {
            CharBuffer chars = FILE_NAMES.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(path, 0, len));
            return Path.of(chars.toString());
        } catch (CharacterCodingException | InvalidPathException e) {
            return null;
        }
    }

    /** What php_sys_lstat tells tsrm_realpath_r: S_ISLNK and S_ISDIR of st_mode. */
    private record Stat(boolean isLink, boolean isDir) {}

    /** php_sys_lstat of the first {@code len} bytes of {@code path}: null when it fails. */
    private static Stat php_sys_lstat(byte[] path, int len) {
        Path p = toPath(path, len);
        if (p == null) return null;
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Stat(a.isSymbolicLink(), a.isDirectory());
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** php_sys_readlink(tmp, path, MAXPATHLEN): the link's target into {@code buf}; its length, or -1. */
    private static int php_sys_readlink(byte[] link, int len, byte[] buf) {
        Path p = toPath(link, len);
        if (p == null) return -1;
        try {
            byte[] target = Files.readSymbolicLink(p).toString().getBytes(FILE_NAMES);
            int n = Math.min(target.length, MAXPATHLEN);
            System.arraycopy(target, 0, buf, 0, n);
            return n;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return -1;
        }
    }

    /**
     * Port of tsrm_realpath_r: resolves {@code path[start, len)} in place (the part before
     * {@code start} is kept: 1 for an absolute path's leading slash, 0 for a relative one) and
     * returns the new length, or -1 ((size_t)-1) when it fails. {@code ll} counts the links
     * followed; {@code linkIsDir}, when not null, receives whether the result is a directory.
     */
    private static int tsrm_realpath_r(byte[] path, int start, int len, int[] ll, int useRealpath, boolean isDir,
            boolean[] linkIsDir) {
        int i, j;
        boolean directory = false, save;

        while (true) {
            if (len <= start) {
                if (linkIsDir != null) linkIsDir[0] = true;
                return start;
            }

            i = len;
            while (i > start && !IS_SLASH(path[i - 1])) {
                i--;
            }

            if (i == len || (i + 1 == len && path[i] == '.')) {
                /* remove double slashes and '.' */
                len = i > 0 ? i - 1 : 0;
                isDir = true;
                continue;
            } else if (i + 2 == len && path[i] == '.' && path[i + 1] == '.') {
                /* remove '..' and previous directory */
                isDir = true;
                if (linkIsDir != null) linkIsDir[0] = true;
                if (i <= start + 1) {
                    return start != 0 ? start : len;
                }
                j = tsrm_realpath_r(path, start, i - 1, ll, useRealpath, true, null);
                if (j > start) {
                    j--;
                    while (j > start && !IS_SLASH(path[j])) {
                        j--;
                    }
                    if (start == 0) {
                        /* leading '..' must not be removed in case of relative path */
                        if (j == 0 && path[0] == '.' && path[1] == '.' && IS_SLASH(path[2])) {
                            path[3] = '.';
                            path[4] = '.';
                            path[5] = '/';
                            j = 5;
                        } else if (j > 0 && path[j + 1] == '.' && path[j + 2] == '.' && IS_SLASH(path[j + 3])) {
                            j += 4;
                            path[j++] = '.';
                            path[j++] = '.';
                            path[j] = '/';
                        }
                    }
                } else if (start == 0 && j == 0) {
                    /* leading '..' must not be removed in case of relative path */
                    path[0] = '.';
                    path[1] = '.';
                    path[2] = '/';
                    j = 2;
                }
                return j;
            }

            path[len] = 0;

            save = useRealpath != CWD_EXPAND;

            Stat st = save ? php_sys_lstat(path, len) : null;
            if (save && st == null) {
                if (useRealpath == CWD_REALPATH) {
                    /* file not found */
                    return -1;
                }
                /* continue resolution anyway but don't save result in the cache */
                save = false;
            }

            byte[] tmp = Arrays.copyOf(path, len + 1);

            if (save && st.isLink()) {
                if (++ll[0] > LINK_MAX || (j = php_sys_readlink(tmp, len, path)) == -1) {
                    /* too many links or broken symlinks */
                    return -1;
                }
                path[j] = 0;
                boolean[] dir = {directory};
                if (IS_ABSOLUTE_PATH(path, j)) {
                    j = tsrm_realpath_r(path, 1, j, ll, useRealpath, isDir, dir);
                    if (j == -1) return -1;
                } else {
                    if (i + j >= MAXPATHLEN - 1) {
                        return -1; /* buffer overflow */
                    }
                    System.arraycopy(path, 0, path, i, j + 1);
                    System.arraycopy(tmp, 0, path, 0, i - 1);
                    path[i - 1] = '/';
                    j = tsrm_realpath_r(path, start, i + j, ll, useRealpath, isDir, dir);
                    if (j == -1) return -1;
                }
                directory = dir[0];
                if (linkIsDir != null) linkIsDir[0] = directory;
            } else {
                if (save) {
                    directory = st.isDir();
                    if (linkIsDir != null) linkIsDir[0] = directory;
                    if (isDir && !directory) {
                        /* not a directory */
                        return -1;
                    }
                }
                if (i <= start + 1) {
                    j = start;
                } else {
                    /* some leading directories may be unaccessable */
                    j = tsrm_realpath_r(path, start, i - 1, ll, save ? CWD_FILEPATH : useRealpath, true, null);
                    if (j > start) {
                        path[j++] = '/';
                    }
                }
                if (j == -1 || j + len >= MAXPATHLEN - 1 + i) {
                    return -1;
                }
                System.arraycopy(tmp, i, path, j, len - i + 1);
                j += len - i;
            }

            return j;
        }
    }

    /**
     * Port of virtual_file_ex without verify_path: {@code path} resolved against {@code cwd}
     * (the state's directory, empty for none) in mode {@code useRealpath}; the resolved path, or
     * null on failure (what returning 1 means in C).
     */
    public static byte[] virtual_file_ex(byte[] cwd, byte[] path, int useRealpath) {
        int pathLength = path.length;
        // room for the resolved path, its NUL and what tsrm_realpath_r may write past its end
        byte[] resolvedPath = new byte[MAXPATHLEN + 8];
        int start = 1;

        if (pathLength == 0 || pathLength >= MAXPATHLEN - 1) {
            return null;
        }

        if (!IS_ABSOLUTE_PATH(path, pathLength)) {
            if (cwd.length == 0) {
                /* resolve relative path */
                start = 0;
                System.arraycopy(path, 0, resolvedPath, 0, pathLength);
            } else {
                int stateCwdLength = cwd.length;
                if (pathLength + stateCwdLength + 1 >= MAXPATHLEN - 1) {
                    return null;
                }
                System.arraycopy(cwd, 0, resolvedPath, 0, stateCwdLength);
                if (IS_SLASH(resolvedPath[stateCwdLength - 1])) {
                    System.arraycopy(path, 0, resolvedPath, stateCwdLength, pathLength);
                    pathLength += stateCwdLength;
                } else {
                    resolvedPath[stateCwdLength] = '/';
                    System.arraycopy(path, 0, resolvedPath, stateCwdLength + 1, pathLength);
                    pathLength += stateCwdLength + 1;
                }
            }
        } else {
            System.arraycopy(path, 0, resolvedPath, 0, pathLength);
        }

        boolean addSlash = useRealpath != CWD_REALPATH && pathLength > 0 && IS_SLASH(resolvedPath[pathLength - 1]);
        pathLength = tsrm_realpath_r(resolvedPath, start, pathLength, new int[1], useRealpath, false, null);

        if (pathLength == -1) {
            return null;
        }

        if (start == 0 && pathLength == 0) {
            resolvedPath[pathLength++] = '.';
        }

        if (addSlash && pathLength > 0 && !IS_SLASH(resolvedPath[pathLength - 1])) {
            if (pathLength >= MAXPATHLEN - 1) {
                return null;
            }
            resolvedPath[pathLength++] = '/';
        }
        return Arrays.copyOf(resolvedPath, pathLength);
    }

    /** VCWD_GETCWD: the process's working directory (getcwd), or null when it cannot be had. */
    public static byte[] getcwd() {
        String dir = System.getProperty("user.dir");
        return dir == null ? null : dir.getBytes(FILE_NAMES);
    }

    /**
     * Port of tsrm_realpath: realpath("") is the working directory; a relative path is resolved
     * against it; every component must exist (CWD_REALPATH). The resolved path, or null.
     */
    public static byte[] tsrm_realpath(byte[] path) {
        byte[] cwd;
        /* realpath("") returns CWD */
        if (path.length == 0) {
            cwd = new byte[0];
            byte[] dir = getcwd();
            if (dir != null) path = dir;
        } else if (!IS_ABSOLUTE_PATH(path, path.length) && (cwd = getcwd()) != null) {
            // new_state.cwd = estrdup(cwd)
        } else {
            cwd = new byte[0];
        }

        byte[] resolved = virtual_file_ex(cwd, path, CWD_REALPATH);
        if (resolved == null) return null;
        return resolved.length > MAXPATHLEN - 1 ? Arrays.copyOf(resolved, MAXPATHLEN - 1) : resolved;
    }
}
