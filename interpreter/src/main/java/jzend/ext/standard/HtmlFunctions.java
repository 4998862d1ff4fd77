package jzend.ext.standard;

import jzend.zend.ZendFunctionEntry;
import jzend.zend.execute.ZendVm;
import jzend.zend.ops.ByteBuf;
import jzend.zend.string.ZendString;

import static jzend.zend.execute.ZendParseParameters.optionalBool;
import static jzend.zend.execute.ZendParseParameters.optionalLong;
import static jzend.zend.execute.ZendParseParameters.requiredString;

/**
 * ext/standard/html.c: htmlspecialchars, htmlentities, htmlspecialchars_decode, html_entity_decode.
 * The HTML 4.01 table and the HTML 5 encoding table are php's own (get_html_translation_table);
 * ENT_HTML5 decoding knows the names of that table (php accepts a few more aliases). Single-byte
 * charsets other than ISO-8859-1 are read as ISO-8859-1.
 */
public final class HtmlFunctions {
    private HtmlFunctions() {}

    private static final String OWNER = "jzend/ext/standard/HtmlFunctions";

    public static final ZendFunctionEntry[] FUNCTIONS = {
        new ZendFunctionEntry("htmlspecialchars", OWNER, "htmlspecialchars", 1, "string", "flags", "encoding", "double_encode"),
        new ZendFunctionEntry("htmlspecialchars_decode", OWNER, "htmlspecialchars_decode", 1, "string", "flags"),
        new ZendFunctionEntry("html_entity_decode", OWNER, "html_entity_decode", 1, "string", "flags", "encoding"),
        new ZendFunctionEntry("htmlentities", OWNER, "htmlentities", 1, "string", "flags", "encoding", "double_encode"),
    };

    static final int ENT_HTML_QUOTE_SINGLE = 1, ENT_HTML_QUOTE_DOUBLE = 2, ENT_IGNORE = 4, ENT_SUBSTITUTE = 8,
            DOC_MASK = 16 | 32, DOC_HTML401 = 0, DOC_XML1 = 16, DOC_XHTML = 32, DOC_HTML5 = 48;
    private static final long DEFAULT_FLAGS = 3 | ENT_SUBSTITUTE;

    /** The HTML 4.01 named entities (name, code point), as get_html_translation_table lists them. */
    private static final Object[] HTML4 = {
        "quot", 34, "amp", 38, "lt", 60, "gt", 62, "nbsp", 160, "iexcl", 161, "cent", 162, "pound", 163,
        "curren", 164, "yen", 165, "brvbar", 166, "sect", 167, "uml", 168, "copy", 169, "ordf", 170, "laquo", 171,
        "not", 172, "shy", 173, "reg", 174, "macr", 175, "deg", 176, "plusmn", 177, "sup2", 178, "sup3", 179,
        "acute", 180, "micro", 181, "para", 182, "middot", 183, "cedil", 184, "sup1", 185, "ordm", 186, "raquo", 187,
        "frac14", 188, "frac12", 189, "frac34", 190, "iquest", 191, "Agrave", 192, "Aacute", 193, "Acirc", 194, "Atilde", 195,
        "Auml", 196, "Aring", 197, "AElig", 198, "Ccedil", 199, "Egrave", 200, "Eacute", 201, "Ecirc", 202, "Euml", 203,
        "Igrave", 204, "Iacute", 205, "Icirc", 206, "Iuml", 207, "ETH", 208, "Ntilde", 209, "Ograve", 210, "Oacute", 211,
        "Ocirc", 212, "Otilde", 213, "Ouml", 214, "times", 215, "Oslash", 216, "Ugrave", 217, "Uacute", 218, "Ucirc", 219,
        "Uuml", 220, "Yacute", 221, "THORN", 222, "szlig", 223, "agrave", 224, "aacute", 225, "acirc", 226, "atilde", 227,
        "auml", 228, "aring", 229, "aelig", 230, "ccedil", 231, "egrave", 232, "eacute", 233, "ecirc", 234, "euml", 235,
        "igrave", 236, "iacute", 237, "icirc", 238, "iuml", 239, "eth", 240, "ntilde", 241, "ograve", 242, "oacute", 243,
        "ocirc", 244, "otilde", 245, "ouml", 246, "divide", 247, "oslash", 248, "ugrave", 249, "uacute", 250, "ucirc", 251,
        "uuml", 252, "yacute", 253, "thorn", 254, "yuml", 255, "OElig", 338, "oelig", 339, "Scaron", 352, "scaron", 353,
        "Yuml", 376, "fnof", 402, "circ", 710, "tilde", 732, "Alpha", 913, "Beta", 914, "Gamma", 915, "Delta", 916,
        "Epsilon", 917, "Zeta", 918, "Eta", 919, "Theta", 920, "Iota", 921, "Kappa", 922, "Lambda", 923, "Mu", 924,
        "Nu", 925, "Xi", 926, "Omicron", 927, "Pi", 928, "Rho", 929, "Sigma", 931, "Tau", 932, "Upsilon", 933,
        "Phi", 934, "Chi", 935, "Psi", 936, "Omega", 937, "alpha", 945, "beta", 946, "gamma", 947, "delta", 948,
        "epsilon", 949, "zeta", 950, "eta", 951, "theta", 952, "iota", 953, "kappa", 954, "lambda", 955, "mu", 956,
        "nu", 957, "xi", 958, "omicron", 959, "pi", 960, "rho", 961, "sigmaf", 962, "sigma", 963, "tau", 964,
        "upsilon", 965, "phi", 966, "chi", 967, "psi", 968, "omega", 969, "thetasym", 977, "upsih", 978, "piv", 982,
        "ensp", 8194, "emsp", 8195, "thinsp", 8201, "zwnj", 8204, "zwj", 8205, "lrm", 8206, "rlm", 8207, "ndash", 8211,
        "mdash", 8212, "lsquo", 8216, "rsquo", 8217, "sbquo", 8218, "ldquo", 8220, "rdquo", 8221, "bdquo", 8222, "dagger", 8224,
        "Dagger", 8225, "bull", 8226, "hellip", 8230, "permil", 8240, "prime", 8242, "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250,
        "oline", 8254, "frasl", 8260, "euro", 8364, "image", 8465, "weierp", 8472, "real", 8476, "trade", 8482, "alefsym", 8501,
        "larr", 8592, "uarr", 8593, "rarr", 8594, "darr", 8595, "harr", 8596, "crarr", 8629, "lArr", 8656, "uArr", 8657,
        "rArr", 8658, "dArr", 8659, "hArr", 8660, "forall", 8704, "part", 8706, "exist", 8707, "empty", 8709, "nabla", 8711,
        "isin", 8712, "notin", 8713, "ni", 8715, "prod", 8719, "sum", 8721, "minus", 8722, "lowast", 8727, "radic", 8730,
        "prop", 8733, "infin", 8734, "ang", 8736, "and", 8743, "or", 8744, "cap", 8745, "cup", 8746, "int", 8747,
        "there4", 8756, "sim", 8764, "cong", 8773, "asymp", 8776, "ne", 8800, "equiv", 8801, "le", 8804, "ge", 8805,
        "sub", 8834, "sup", 8835, "nsub", 8836, "sube", 8838, "supe", 8839, "oplus", 8853, "otimes", 8855, "perp", 8869,
        "sdot", 8901, "lceil", 8968, "rceil", 8969, "lfloor", 8970, "rfloor", 8971, "lang", 9001, "rang", 9002, "loz", 9674,
        "spades", 9824, "clubs", 9827, "hearts", 9829, "diams", 9830
    };

    private static final java.util.HashMap<String, Integer> HTML4_MAP = new java.util.HashMap<>();

    /**
     * The HTML 5 entities htmlentities() writes (name, code point, second code point or -1), as
     * get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_HTML5) lists them.
     */
    private static final Object[] HTML5 = {
        "Tab", 9, -1, "NewLine", 10, -1, "excl", 33, -1, "quot", 34, -1, "num", 35, -1, "dollar", 36, -1,
        "percnt", 37, -1, "amp", 38, -1, "apos", 39, -1, "lpar", 40, -1, "rpar", 41, -1, "ast", 42, -1,
        "plus", 43, -1, "comma", 44, -1, "period", 46, -1, "sol", 47, -1, "colon", 58, -1, "semi", 59, -1,
        "lt", 60, -1, "nvlt", 60, 8402, "equals", 61, -1, "bne", 61, 8421, "gt", 62, -1, "nvgt", 62, 8402,
        "quest", 63, -1, "commat", 64, -1, "lbrack", 91, -1, "bsol", 92, -1, "rsqb", 93, -1, "Hat", 94, -1,
        "lowbar", 95, -1, "grave", 96, -1, "fjlig", 102, 106, "lbrace", 123, -1, "vert", 124, -1, "rcub", 125, -1,
        "nbsp", 160, -1, "iexcl", 161, -1, "cent", 162, -1, "pound", 163, -1, "curren", 164, -1, "yen", 165, -1,
        "brvbar", 166, -1, "sect", 167, -1, "DoubleDot", 168, -1, "copy", 169, -1, "ordf", 170, -1, "laquo", 171, -1,
        "not", 172, -1, "shy", 173, -1, "reg", 174, -1, "macr", 175, -1, "deg", 176, -1, "plusmn", 177, -1,
        "sup2", 178, -1, "sup3", 179, -1, "DiacriticalAcute", 180, -1, "micro", 181, -1, "para", 182, -1, "CenterDot", 183, -1,
        "Cedilla", 184, -1, "sup1", 185, -1, "ordm", 186, -1, "raquo", 187, -1, "frac14", 188, -1, "half", 189, -1,
        "frac34", 190, -1, "iquest", 191, -1, "Agrave", 192, -1, "Aacute", 193, -1, "Acirc", 194, -1, "Atilde", 195, -1,
        "Auml", 196, -1, "Aring", 197, -1, "AElig", 198, -1, "Ccedil", 199, -1, "Egrave", 200, -1, "Eacute", 201, -1,
        "Ecirc", 202, -1, "Euml", 203, -1, "Igrave", 204, -1, "Iacute", 205, -1, "Icirc", 206, -1, "Iuml", 207, -1,
        "ETH", 208, -1, "Ntilde", 209, -1, "Ograve", 210, -1, "Oacute", 211, -1, "Ocirc", 212, -1, "Otilde", 213, -1,
        "Ouml", 214, -1, "times", 215, -1, "Oslash", 216, -1, "Ugrave", 217, -1, "Uacute", 218, -1, "Ucirc", 219, -1,
        "Uuml", 220, -1, "Yacute", 221, -1, "THORN", 222, -1, "szlig", 223, -1, "agrave", 224, -1, "aacute", 225, -1,
        "acirc", 226, -1, "atilde", 227, -1, "auml", 228, -1, "aring", 229, -1, "aelig", 230, -1, "ccedil", 231, -1,
        "egrave", 232, -1, "eacute", 233, -1, "ecirc", 234, -1, "euml", 235, -1, "igrave", 236, -1, "iacute", 237, -1,
        "icirc", 238, -1, "iuml", 239, -1, "eth", 240, -1, "ntilde", 241, -1, "ograve", 242, -1, "oacute", 243, -1,
        "ocirc", 244, -1, "otilde", 245, -1, "ouml", 246, -1, "divide", 247, -1, "oslash", 248, -1, "ugrave", 249, -1,
        "uacute", 250, -1, "ucirc", 251, -1, "uuml", 252, -1, "yacute", 253, -1, "thorn", 254, -1, "yuml", 255, -1,
        "Amacr", 256, -1, "amacr", 257, -1, "Abreve", 258, -1, "abreve", 259, -1, "Aogon", 260, -1, "aogon", 261, -1,
        "Cacute", 262, -1, "cacute", 263, -1, "Ccirc", 264, -1, "ccirc", 265, -1, "Cdot", 266, -1, "cdot", 267, -1,
        "Ccaron", 268, -1, "ccaron", 269, -1, "Dcaron", 270, -1, "dcaron", 271, -1, "Dstrok", 272, -1, "dstrok", 273, -1,
        "Emacr", 274, -1, "emacr", 275, -1, "Edot", 278, -1, "edot", 279, -1, "Eogon", 280, -1, "eogon", 281, -1,
        "Ecaron", 282, -1, "ecaron", 283, -1, "Gcirc", 284, -1, "gcirc", 285, -1, "Gbreve", 286, -1, "gbreve", 287, -1,
        "Gdot", 288, -1, "gdot", 289, -1, "Gcedil", 290, -1, "Hcirc", 292, -1, "hcirc", 293, -1, "Hstrok", 294, -1,
        "hstrok", 295, -1, "Itilde", 296, -1, "itilde", 297, -1, "Imacr", 298, -1, "imacr", 299, -1, "Iogon", 302, -1,
        "iogon", 303, -1, "Idot", 304, -1, "inodot", 305, -1, "IJlig", 306, -1, "ijlig", 307, -1, "Jcirc", 308, -1,
        "jcirc", 309, -1, "Kcedil", 310, -1, "kcedil", 311, -1, "kgreen", 312, -1, "Lacute", 313, -1, "lacute", 314, -1,
        "Lcedil", 315, -1, "lcedil", 316, -1, "Lcaron", 317, -1, "lcaron", 318, -1, "Lmidot", 319, -1, "lmidot", 320, -1,
        "Lstrok", 321, -1, "lstrok", 322, -1, "Nacute", 323, -1, "nacute", 324, -1, "Ncedil", 325, -1, "ncedil", 326, -1,
        "Ncaron", 327, -1, "ncaron", 328, -1, "napos", 329, -1, "ENG", 330, -1, "eng", 331, -1, "Omacr", 332, -1,
        "omacr", 333, -1, "Odblac", 336, -1, "odblac", 337, -1, "OElig", 338, -1, "oelig", 339, -1, "Racute", 340, -1,
        "racute", 341, -1, "Rcedil", 342, -1, "rcedil", 343, -1, "Rcaron", 344, -1, "rcaron", 345, -1, "Sacute", 346, -1,
        "sacute", 347, -1, "Scirc", 348, -1, "scirc", 349, -1, "Scedil", 350, -1, "scedil", 351, -1, "Scaron", 352, -1,
        "scaron", 353, -1, "Tcedil", 354, -1, "tcedil", 355, -1, "Tcaron", 356, -1, "tcaron", 357, -1, "Tstrok", 358, -1,
        "tstrok", 359, -1, "Utilde", 360, -1, "utilde", 361, -1, "Umacr", 362, -1, "umacr", 363, -1, "Ubreve", 364, -1,
        "ubreve", 365, -1, "Uring", 366, -1, "uring", 367, -1, "Udblac", 368, -1, "udblac", 369, -1, "Uogon", 370, -1,
        "uogon", 371, -1, "Wcirc", 372, -1, "wcirc", 373, -1, "Ycirc", 374, -1, "ycirc", 375, -1, "Yuml", 376, -1,
        "Zacute", 377, -1, "zacute", 378, -1, "Zdot", 379, -1, "zdot", 380, -1, "Zcaron", 381, -1, "zcaron", 382, -1,
        "fnof", 402, -1, "imped", 437, -1, "gacute", 501, -1, "jmath", 567, -1, "circ", 710, -1, "Hacek", 711, -1,
        "Breve", 728, -1, "dot", 729, -1, "ring", 730, -1, "ogon", 731, -1, "DiacriticalTilde", 732, -1, "DiacriticalDoubleAcute", 733, -1,
        "DownBreve", 785, -1, "Alpha", 913, -1, "Beta", 914, -1, "Gamma", 915, -1, "Delta", 916, -1, "Epsilon", 917, -1,
        "Zeta", 918, -1, "Eta", 919, -1, "Theta", 920, -1, "Iota", 921, -1, "Kappa", 922, -1, "Lambda", 923, -1,
        "Mu", 924, -1, "Nu", 925, -1, "Xi", 926, -1, "Omicron", 927, -1, "Pi", 928, -1, "Rho", 929, -1,
        "Sigma", 931, -1, "Tau", 932, -1, "Upsilon", 933, -1, "Phi", 934, -1, "Chi", 935, -1, "Psi", 936, -1,
        "Omega", 937, -1, "alpha", 945, -1, "beta", 946, -1, "gamma", 947, -1, "delta", 948, -1, "epsi", 949, -1,
        "zeta", 950, -1, "eta", 951, -1, "theta", 952, -1, "iota", 953, -1, "kappa", 954, -1, "lambda", 955, -1,
        "mu", 956, -1, "nu", 957, -1, "xi", 958, -1, "omicron", 959, -1, "pi", 960, -1, "rho", 961, -1,
        "sigmav", 962, -1, "sigma", 963, -1, "tau", 964, -1, "upsi", 965, -1, "phi", 966, -1, "chi", 967, -1,
        "psi", 968, -1, "omega", 969, -1, "thetasym", 977, -1, "upsih", 978, -1, "straightphi", 981, -1, "piv", 982, -1,
        "Gammad", 988, -1, "gammad", 989, -1, "varkappa", 1008, -1, "rhov", 1009, -1, "straightepsilon", 1013, -1, "backepsilon", 1014, -1,
        "IOcy", 1025, -1, "DJcy", 1026, -1, "GJcy", 1027, -1, "Jukcy", 1028, -1, "DScy", 1029, -1, "Iukcy", 1030, -1,
        "YIcy", 1031, -1, "Jsercy", 1032, -1, "LJcy", 1033, -1, "NJcy", 1034, -1, "TSHcy", 1035, -1, "KJcy", 1036, -1,
        "Ubrcy", 1038, -1, "DZcy", 1039, -1, "Acy", 1040, -1, "Bcy", 1041, -1, "Vcy", 1042, -1, "Gcy", 1043, -1,
        "Dcy", 1044, -1, "IEcy", 1045, -1, "ZHcy", 1046, -1, "Zcy", 1047, -1, "Icy", 1048, -1, "Jcy", 1049, -1,
        "Kcy", 1050, -1, "Lcy", 1051, -1, "Mcy", 1052, -1, "Ncy", 1053, -1, "Ocy", 1054, -1, "Pcy", 1055, -1,
        "Rcy", 1056, -1, "Scy", 1057, -1, "Tcy", 1058, -1, "Ucy", 1059, -1, "Fcy", 1060, -1, "KHcy", 1061, -1,
        "TScy", 1062, -1, "CHcy", 1063, -1, "SHcy", 1064, -1, "SHCHcy", 1065, -1, "HARDcy", 1066, -1, "Ycy", 1067, -1,
        "SOFTcy", 1068, -1, "Ecy", 1069, -1, "YUcy", 1070, -1, "YAcy", 1071, -1, "acy", 1072, -1, "bcy", 1073, -1,
        "vcy", 1074, -1, "gcy", 1075, -1, "dcy", 1076, -1, "iecy", 1077, -1, "zhcy", 1078, -1, "zcy", 1079, -1,
        "icy", 1080, -1, "jcy", 1081, -1, "kcy", 1082, -1, "lcy", 1083, -1, "mcy", 1084, -1, "ncy", 1085, -1,
        "ocy", 1086, -1, "pcy", 1087, -1, "rcy", 1088, -1, "scy", 1089, -1, "tcy", 1090, -1, "ucy", 1091, -1,
        "fcy", 1092, -1, "khcy", 1093, -1, "tscy", 1094, -1, "chcy", 1095, -1, "shcy", 1096, -1, "shchcy", 1097, -1,
        "hardcy", 1098, -1, "ycy", 1099, -1, "softcy", 1100, -1, "ecy", 1101, -1, "yucy", 1102, -1, "yacy", 1103, -1,
        "iocy", 1105, -1, "djcy", 1106, -1, "gjcy", 1107, -1, "jukcy", 1108, -1, "dscy", 1109, -1, "iukcy", 1110, -1,
        "yicy", 1111, -1, "jsercy", 1112, -1, "ljcy", 1113, -1, "njcy", 1114, -1, "tshcy", 1115, -1, "kjcy", 1116, -1,
        "ubrcy", 1118, -1, "dzcy", 1119, -1, "ensp", 8194, -1, "emsp", 8195, -1, "emsp13", 8196, -1, "emsp14", 8197, -1,
        "numsp", 8199, -1, "puncsp", 8200, -1, "ThinSpace", 8201, -1, "hairsp", 8202, -1, "ZeroWidthSpace", 8203, -1, "zwnj", 8204, -1,
        "zwj", 8205, -1, "lrm", 8206, -1, "rlm", 8207, -1, "hyphen", 8208, -1, "ndash", 8211, -1, "mdash", 8212, -1,
        "horbar", 8213, -1, "Verbar", 8214, -1, "OpenCurlyQuote", 8216, -1, "rsquo", 8217, -1, "sbquo", 8218, -1, "OpenCurlyDoubleQuote", 8220, -1,
        "rdquo", 8221, -1, "bdquo", 8222, -1, "dagger", 8224, -1, "Dagger", 8225, -1, "bull", 8226, -1, "nldr", 8229, -1,
        "hellip", 8230, -1, "permil", 8240, -1, "pertenk", 8241, -1, "prime", 8242, -1, "Prime", 8243, -1, "tprime", 8244, -1,
        "backprime", 8245, -1, "lsaquo", 8249, -1, "rsaquo", 8250, -1, "oline", 8254, -1, "caret", 8257, -1, "hybull", 8259, -1,
        "frasl", 8260, -1, "bsemi", 8271, -1, "qprime", 8279, -1, "MediumSpace", 8287, -1, "ThickSpace", 8287, 8202, "NoBreak", 8288, -1,
        "af", 8289, -1, "InvisibleTimes", 8290, -1, "ic", 8291, -1, "euro", 8364, -1, "TripleDot", 8411, -1, "DotDot", 8412, -1,
        "complexes", 8450, -1, "incare", 8453, -1, "gscr", 8458, -1, "HilbertSpace", 8459, -1, "Hfr", 8460, -1, "Hopf", 8461, -1,
        "planckh", 8462, -1, "planck", 8463, -1, "imagline", 8464, -1, "Ifr", 8465, -1, "lagran", 8466, -1, "ell", 8467, -1,
        "naturals", 8469, -1, "numero", 8470, -1, "copysr", 8471, -1, "wp", 8472, -1, "primes", 8473, -1, "rationals", 8474, -1,
        "realine", 8475, -1, "Rfr", 8476, -1, "Ropf", 8477, -1, "rx", 8478, -1, "trade", 8482, -1, "Zopf", 8484, -1,
        "mho", 8487, -1, "Zfr", 8488, -1, "iiota", 8489, -1, "Bscr", 8492, -1, "Cfr", 8493, -1, "escr", 8495, -1,
        "expectation", 8496, -1, "Fouriertrf", 8497, -1, "Mellintrf", 8499, -1, "orderof", 8500, -1, "aleph", 8501, -1, "beth", 8502, -1,
        "gimel", 8503, -1, "daleth", 8504, -1, "CapitalDifferentialD", 8517, -1, "DifferentialD", 8518, -1, "exponentiale", 8519, -1, "ImaginaryI", 8520, -1,
        "frac13", 8531, -1, "frac23", 8532, -1, "frac15", 8533, -1, "frac25", 8534, -1, "frac35", 8535, -1, "frac45", 8536, -1,
        "frac16", 8537, -1, "frac56", 8538, -1, "frac18", 8539, -1, "frac38", 8540, -1, "frac58", 8541, -1, "frac78", 8542, -1,
        "larr", 8592, -1, "uarr", 8593, -1, "srarr", 8594, -1, "darr", 8595, -1, "harr", 8596, -1, "UpDownArrow", 8597, -1,
        "nwarrow", 8598, -1, "UpperRightArrow", 8599, -1, "LowerRightArrow", 8600, -1, "swarr", 8601, -1, "nleftarrow", 8602, -1, "nrarr", 8603, -1,
        "rarrw", 8605, -1, "nrarrw", 8605, 824, "Larr", 8606, -1, "Uarr", 8607, -1, "twoheadrightarrow", 8608, -1, "Darr", 8609, -1,
        "larrtl", 8610, -1, "rarrtl", 8611, -1, "LeftTeeArrow", 8612, -1, "UpTeeArrow", 8613, -1, "map", 8614, -1, "DownTeeArrow", 8615, -1,
        "larrhk", 8617, -1, "rarrhk", 8618, -1, "larrlp", 8619, -1, "looparrowright", 8620, -1, "harrw", 8621, -1, "nleftrightarrow", 8622, -1,
        "Lsh", 8624, -1, "rsh", 8625, -1, "ldsh", 8626, -1, "rdsh", 8627, -1, "crarr", 8629, -1, "curvearrowleft", 8630, -1,
        "curarr", 8631, -1, "olarr", 8634, -1, "orarr", 8635, -1, "leftharpoonup", 8636, -1, "leftharpoondown", 8637, -1, "RightUpVector", 8638, -1,
        "uharl", 8639, -1, "rharu", 8640, -1, "rhard", 8641, -1, "RightDownVector", 8642, -1, "dharl", 8643, -1, "rightleftarrows", 8644, -1,
        "udarr", 8645, -1, "lrarr", 8646, -1, "llarr", 8647, -1, "upuparrows", 8648, -1, "rrarr", 8649, -1, "downdownarrows", 8650, -1,
        "leftrightharpoons", 8651, -1, "rightleftharpoons", 8652, -1, "nLeftarrow", 8653, -1, "nhArr", 8654, -1, "nrArr", 8655, -1, "DoubleLeftArrow", 8656, -1,
        "DoubleUpArrow", 8657, -1, "Implies", 8658, -1, "Downarrow", 8659, -1, "hArr", 8660, -1, "Updownarrow", 8661, -1, "nwArr", 8662, -1,
        "neArr", 8663, -1, "seArr", 8664, -1, "swArr", 8665, -1, "lAarr", 8666, -1, "rAarr", 8667, -1, "zigrarr", 8669, -1,
        "LeftArrowBar", 8676, -1, "RightArrowBar", 8677, -1, "DownArrowUpArrow", 8693, -1, "loarr", 8701, -1, "roarr", 8702, -1, "hoarr", 8703, -1,
        "forall", 8704, -1, "comp", 8705, -1, "part", 8706, -1, "npart", 8706, 824, "Exists", 8707, -1, "nexist", 8708, -1,
        "empty", 8709, -1, "nabla", 8711, -1, "isinv", 8712, -1, "notin", 8713, -1, "ReverseElement", 8715, -1, "notniva", 8716, -1,
        "prod", 8719, -1, "Coproduct", 8720, -1, "sum", 8721, -1, "minus", 8722, -1, "MinusPlus", 8723, -1, "plusdo", 8724, -1,
        "ssetmn", 8726, -1, "lowast", 8727, -1, "compfn", 8728, -1, "Sqrt", 8730, -1, "prop", 8733, -1, "infin", 8734, -1,
        "angrt", 8735, -1, "angle", 8736, -1, "nang", 8736, 8402, "angmsd", 8737, -1, "angsph", 8738, -1, "mid", 8739, -1,
        "nshortmid", 8740, -1, "shortparallel", 8741, -1, "nparallel", 8742, -1, "and", 8743, -1, "or", 8744, -1, "cap", 8745, -1,
        "caps", 8745, 65024, "cup", 8746, -1, "cups", 8746, 65024, "Integral", 8747, -1, "Int", 8748, -1, "tint", 8749, -1,
        "ContourIntegral", 8750, -1, "DoubleContourIntegral", 8751, -1, "Cconint", 8752, -1, "cwint", 8753, -1, "cwconint", 8754, -1, "awconint", 8755, -1,
        "there4", 8756, -1, "Because", 8757, -1, "ratio", 8758, -1, "Colon", 8759, -1, "minusd", 8760, -1, "mDDot", 8762, -1,
        "homtht", 8763, -1, "sim", 8764, -1, "nvsim", 8764, 8402, "bsim", 8765, -1, "race", 8765, 817, "ac", 8766, -1,
        "acE", 8766, 819, "acd", 8767, -1, "wr", 8768, -1, "NotTilde", 8769, -1, "esim", 8770, -1, "nesim", 8770, 824,
        "simeq", 8771, -1, "nsime", 8772, -1, "TildeFullEqual", 8773, -1, "simne", 8774, -1, "ncong", 8775, -1, "approx", 8776, -1,
        "napprox", 8777, -1, "ape", 8778, -1, "apid", 8779, -1, "napid", 8779, 824, "bcong", 8780, -1, "CupCap", 8781, -1,
        "nvap", 8781, 8402, "bump", 8782, -1, "nbump", 8782, 824, "HumpEqual", 8783, -1, "nbumpe", 8783, 824, "esdot", 8784, -1,
        "nedot", 8784, 824, "doteqdot", 8785, -1, "fallingdotseq", 8786, -1, "risingdotseq", 8787, -1, "coloneq", 8788, -1, "eqcolon", 8789, -1,
        "ecir", 8790, -1, "circeq", 8791, -1, "wedgeq", 8793, -1, "veeeq", 8794, -1, "triangleq", 8796, -1, "equest", 8799, -1,
        "NotEqual", 8800, -1, "Congruent", 8801, -1, "bnequiv", 8801, 8421, "NotCongruent", 8802, -1, "leq", 8804, -1, "nvle", 8804, 8402,
        "ge", 8805, -1, "nvge", 8805, 8402, "lE", 8806, -1, "nlE", 8806, 824, "geqq", 8807, -1, "NotGreaterFullEqual", 8807, 824,
        "lneqq", 8808, -1, "lvertneqq", 8808, 65024, "gneqq", 8809, -1, "gvertneqq", 8809, 65024, "ll", 8810, -1, "nLtv", 8810, 824,
        "nLt", 8810, 8402, "gg", 8811, -1, "NotGreaterGreater", 8811, 824, "nGt", 8811, 8402, "between", 8812, -1, "NotCupCap", 8813, -1,
        "NotLess", 8814, -1, "ngtr", 8815, -1, "NotLessEqual", 8816, -1, "ngeq", 8817, -1, "LessTilde", 8818, -1, "GreaterTilde", 8819, -1,
        "nlsim", 8820, -1, "ngsim", 8821, -1, "lessgtr", 8822, -1, "gl", 8823, -1, "ntlg", 8824, -1, "NotGreaterLess", 8825, -1,
        "prec", 8826, -1, "succ", 8827, -1, "PrecedesSlantEqual", 8828, -1, "succcurlyeq", 8829, -1, "precsim", 8830, -1, "SucceedsTilde", 8831, -1,
        "NotSucceedsTilde", 8831, 824, "npr", 8832, -1, "NotSucceeds", 8833, -1, "sub", 8834, -1, "vnsub", 8834, 8402, "sup", 8835, -1,
        "nsupset", 8835, 8402, "nsub", 8836, -1, "nsup", 8837, -1, "SubsetEqual", 8838, -1, "supe", 8839, -1, "NotSubsetEqual", 8840, -1,
        "NotSupersetEqual", 8841, -1, "subsetneq", 8842, -1, "vsubne", 8842, 65024, "supsetneq", 8843, -1, "vsupne", 8843, 65024, "cupdot", 8845, -1,
        "UnionPlus", 8846, -1, "sqsub", 8847, -1, "NotSquareSubset", 8847, 824, "sqsupset", 8848, -1, "NotSquareSuperset", 8848, 824, "SquareSubsetEqual", 8849, -1,
        "SquareSupersetEqual", 8850, -1, "sqcap", 8851, -1, "sqcaps", 8851, 65024, "sqcup", 8852, -1, "sqcups", 8852, 65024, "CirclePlus", 8853, -1,
        "ominus", 8854, -1, "CircleTimes", 8855, -1, "osol", 8856, -1, "CircleDot", 8857, -1, "ocir", 8858, -1, "oast", 8859, -1,
        "odash", 8861, -1, "boxplus", 8862, -1, "boxminus", 8863, -1, "timesb", 8864, -1, "sdotb", 8865, -1, "vdash", 8866, -1,
        "dashv", 8867, -1, "DownTee", 8868, -1, "perp", 8869, -1, "models", 8871, -1, "DoubleRightTee", 8872, -1, "Vdash", 8873, -1,
        "Vvdash", 8874, -1, "VDash", 8875, -1, "nvdash", 8876, -1, "nvDash", 8877, -1, "nVdash", 8878, -1, "nVDash", 8879, -1,
        "prurel", 8880, -1, "vartriangleleft", 8882, -1, "vrtri", 8883, -1, "LeftTriangleEqual", 8884, -1, "nvltrie", 8884, 8402, "RightTriangleEqual", 8885, -1,
        "nvrtrie", 8885, 8402, "origof", 8886, -1, "imof", 8887, -1, "mumap", 8888, -1, "hercon", 8889, -1, "intcal", 8890, -1,
        "veebar", 8891, -1, "barvee", 8893, -1, "angrtvb", 8894, -1, "lrtri", 8895, -1, "xwedge", 8896, -1, "xvee", 8897, -1,
        "bigcap", 8898, -1, "bigcup", 8899, -1, "diamond", 8900, -1, "sdot", 8901, -1, "Star", 8902, -1, "divonx", 8903, -1,
        "bowtie", 8904, -1, "ltimes", 8905, -1, "rtimes", 8906, -1, "lthree", 8907, -1, "rthree", 8908, -1, "backsimeq", 8909, -1,
        "curlyvee", 8910, -1, "curlywedge", 8911, -1, "Sub", 8912, -1, "Supset", 8913, -1, "Cap", 8914, -1, "Cup", 8915, -1,
        "pitchfork", 8916, -1, "epar", 8917, -1, "lessdot", 8918, -1, "gtrdot", 8919, -1, "Ll", 8920, -1, "nLl", 8920, 824,
        "Gg", 8921, -1, "nGg", 8921, 824, "lesseqgtr", 8922, -1, "lesg", 8922, 65024, "gtreqless", 8923, -1, "gesl", 8923, 65024,
        "curlyeqprec", 8926, -1, "cuesc", 8927, -1, "NotPrecedesSlantEqual", 8928, -1, "NotSucceedsSlantEqual", 8929, -1, "NotSquareSubsetEqual", 8930, -1, "NotSquareSupersetEqual", 8931, -1,
        "lnsim", 8934, -1, "gnsim", 8935, -1, "precnsim", 8936, -1, "scnsim", 8937, -1, "nltri", 8938, -1, "ntriangleright", 8939, -1,
        "nltrie", 8940, -1, "NotRightTriangleEqual", 8941, -1, "vellip", 8942, -1, "ctdot", 8943, -1, "utdot", 8944, -1, "dtdot", 8945, -1,
        "disin", 8946, -1, "isinsv", 8947, -1, "isins", 8948, -1, "isindot", 8949, -1, "notindot", 8949, 824, "notinvc", 8950, -1,
        "notinvb", 8951, -1, "isinE", 8953, -1, "notinE", 8953, 824, "nisd", 8954, -1, "xnis", 8955, -1, "nis", 8956, -1,
        "notnivc", 8957, -1, "notnivb", 8958, -1, "barwed", 8965, -1, "doublebarwedge", 8966, -1, "lceil", 8968, -1, "RightCeiling", 8969, -1,
        "LeftFloor", 8970, -1, "RightFloor", 8971, -1, "drcrop", 8972, -1, "dlcrop", 8973, -1, "urcrop", 8974, -1, "ulcrop", 8975, -1,
        "bnot", 8976, -1, "profline", 8978, -1, "profsurf", 8979, -1, "telrec", 8981, -1, "target", 8982, -1, "ulcorner", 8988, -1,
        "urcorner", 8989, -1, "llcorner", 8990, -1, "drcorn", 8991, -1, "frown", 8994, -1, "smile", 8995, -1, "cylcty", 9005, -1,
        "profalar", 9006, -1, "topbot", 9014, -1, "ovbar", 9021, -1, "solbar", 9023, -1, "angzarr", 9084, -1, "lmoust", 9136, -1,
        "rmoust", 9137, -1, "OverBracket", 9140, -1, "bbrk", 9141, -1, "bbrktbrk", 9142, -1, "OverParenthesis", 9180, -1, "UnderParenthesis", 9181, -1,
        "OverBrace", 9182, -1, "UnderBrace", 9183, -1, "trpezium", 9186, -1, "elinters", 9191, -1, "blank", 9251, -1, "oS", 9416, -1,
        "HorizontalLine", 9472, -1, "boxv", 9474, -1, "boxdr", 9484, -1, "boxdl", 9488, -1, "boxur", 9492, -1, "boxul", 9496, -1,
        "boxvr", 9500, -1, "boxvl", 9508, -1, "boxhd", 9516, -1, "boxhu", 9524, -1, "boxvh", 9532, -1, "boxH", 9552, -1,
        "boxV", 9553, -1, "boxdR", 9554, -1, "boxDr", 9555, -1, "boxDR", 9556, -1, "boxdL", 9557, -1, "boxDl", 9558, -1,
        "boxDL", 9559, -1, "boxuR", 9560, -1, "boxUr", 9561, -1, "boxUR", 9562, -1, "boxuL", 9563, -1, "boxUl", 9564, -1,
        "boxUL", 9565, -1, "boxvR", 9566, -1, "boxVr", 9567, -1, "boxVR", 9568, -1, "boxvL", 9569, -1, "boxVl", 9570, -1,
        "boxVL", 9571, -1, "boxHd", 9572, -1, "boxhD", 9573, -1, "boxHD", 9574, -1, "boxHu", 9575, -1, "boxhU", 9576, -1,
        "boxHU", 9577, -1, "boxvH", 9578, -1, "boxVh", 9579, -1, "boxVH", 9580, -1, "uhblk", 9600, -1, "lhblk", 9604, -1,
        "block", 9608, -1, "blk14", 9617, -1, "blk12", 9618, -1, "blk34", 9619, -1, "Square", 9633, -1, "squarf", 9642, -1,
        "EmptyVerySmallSquare", 9643, -1, "rect", 9645, -1, "marker", 9646, -1, "fltns", 9649, -1, "bigtriangleup", 9651, -1, "blacktriangle", 9652, -1,
        "triangle", 9653, -1, "blacktriangleright", 9656, -1, "rtri", 9657, -1, "bigtriangledown", 9661, -1, "blacktriangledown", 9662, -1, "triangledown", 9663, -1,
        "blacktriangleleft", 9666, -1, "ltri", 9667, -1, "lozenge", 9674, -1, "cir", 9675, -1, "tridot", 9708, -1, "bigcirc", 9711, -1,
        "ultri", 9720, -1, "urtri", 9721, -1, "lltri", 9722, -1, "EmptySmallSquare", 9723, -1, "FilledSmallSquare", 9724, -1, "starf", 9733, -1,
        "star", 9734, -1, "phone", 9742, -1, "female", 9792, -1, "male", 9794, -1, "spadesuit", 9824, -1, "clubs", 9827, -1,
        "hearts", 9829, -1, "diamondsuit", 9830, -1, "sung", 9834, -1, "flat", 9837, -1, "natur", 9838, -1, "sharp", 9839, -1,
        "check", 10003, -1, "cross", 10007, -1, "maltese", 10016, -1, "sext", 10038, -1, "VerticalSeparator", 10072, -1, "lbbrk", 10098, -1,
        "rbbrk", 10099, -1, "bsolhsub", 10184, -1, "suphsol", 10185, -1, "LeftDoubleBracket", 10214, -1, "RightDoubleBracket", 10215, -1, "langle", 10216, -1,
        "RightAngleBracket", 10217, -1, "Lang", 10218, -1, "Rang", 10219, -1, "loang", 10220, -1, "roang", 10221, -1, "longleftarrow", 10229, -1,
        "LongRightArrow", 10230, -1, "LongLeftRightArrow", 10231, -1, "xlArr", 10232, -1, "DoubleLongRightArrow", 10233, -1, "xhArr", 10234, -1, "xmap", 10236, -1,
        "dzigrarr", 10239, -1, "nvlArr", 10498, -1, "nvrArr", 10499, -1, "nvHarr", 10500, -1, "Map", 10501, -1, "lbarr", 10508, -1,
        "bkarow", 10509, -1, "lBarr", 10510, -1, "dbkarow", 10511, -1, "drbkarow", 10512, -1, "DDotrahd", 10513, -1, "UpArrowBar", 10514, -1,
        "DownArrowBar", 10515, -1, "Rarrtl", 10518, -1, "latail", 10521, -1, "ratail", 10522, -1, "lAtail", 10523, -1, "rAtail", 10524, -1,
        "larrfs", 10525, -1, "rarrfs", 10526, -1, "larrbfs", 10527, -1, "rarrbfs", 10528, -1, "nwarhk", 10531, -1, "nearhk", 10532, -1,
        "searhk", 10533, -1, "swarhk", 10534, -1, "nwnear", 10535, -1, "toea", 10536, -1, "seswar", 10537, -1, "swnwar", 10538, -1,
        "rarrc", 10547, -1, "nrarrc", 10547, 824, "cudarrr", 10549, -1, "ldca", 10550, -1, "rdca", 10551, -1, "cudarrl", 10552, -1,
        "larrpl", 10553, -1, "curarrm", 10556, -1, "cularrp", 10557, -1, "rarrpl", 10565, -1, "harrcir", 10568, -1, "Uarrocir", 10569, -1,
        "lurdshar", 10570, -1, "ldrushar", 10571, -1, "LeftRightVector", 10574, -1, "RightUpDownVector", 10575, -1, "DownLeftRightVector", 10576, -1, "LeftUpDownVector", 10577, -1,
        "LeftVectorBar", 10578, -1, "RightVectorBar", 10579, -1, "RightUpVectorBar", 10580, -1, "RightDownVectorBar", 10581, -1, "DownLeftVectorBar", 10582, -1, "DownRightVectorBar", 10583, -1,
        "LeftUpVectorBar", 10584, -1, "LeftDownVectorBar", 10585, -1, "LeftTeeVector", 10586, -1, "RightTeeVector", 10587, -1, "RightUpTeeVector", 10588, -1, "RightDownTeeVector", 10589, -1,
        "DownLeftTeeVector", 10590, -1, "DownRightTeeVector", 10591, -1, "LeftUpTeeVector", 10592, -1, "LeftDownTeeVector", 10593, -1, "lHar", 10594, -1, "uHar", 10595, -1,
        "rHar", 10596, -1, "dHar", 10597, -1, "luruhar", 10598, -1, "ldrdhar", 10599, -1, "ruluhar", 10600, -1, "rdldhar", 10601, -1,
        "lharul", 10602, -1, "llhard", 10603, -1, "rharul", 10604, -1, "lrhard", 10605, -1, "udhar", 10606, -1, "ReverseUpEquilibrium", 10607, -1,
        "RoundImplies", 10608, -1, "erarr", 10609, -1, "simrarr", 10610, -1, "larrsim", 10611, -1, "rarrsim", 10612, -1, "rarrap", 10613, -1,
        "ltlarr", 10614, -1, "gtrarr", 10616, -1, "subrarr", 10617, -1, "suplarr", 10619, -1, "lfisht", 10620, -1, "rfisht", 10621, -1,
        "ufisht", 10622, -1, "dfisht", 10623, -1, "lopar", 10629, -1, "ropar", 10630, -1, "lbrke", 10635, -1, "rbrke", 10636, -1,
        "lbrkslu", 10637, -1, "rbrksld", 10638, -1, "lbrksld", 10639, -1, "rbrkslu", 10640, -1, "langd", 10641, -1, "rangd", 10642, -1,
        "lparlt", 10643, -1, "rpargt", 10644, -1, "gtlPar", 10645, -1, "ltrPar", 10646, -1, "vzigzag", 10650, -1, "vangrt", 10652, -1,
        "angrtvbd", 10653, -1, "ange", 10660, -1, "range", 10661, -1, "dwangle", 10662, -1, "uwangle", 10663, -1, "angmsdaa", 10664, -1,
        "angmsdab", 10665, -1, "angmsdac", 10666, -1, "angmsdad", 10667, -1, "angmsdae", 10668, -1, "angmsdaf", 10669, -1, "angmsdag", 10670, -1,
        "angmsdah", 10671, -1, "bemptyv", 10672, -1, "demptyv", 10673, -1, "cemptyv", 10674, -1, "raemptyv", 10675, -1, "laemptyv", 10676, -1,
        "ohbar", 10677, -1, "omid", 10678, -1, "opar", 10679, -1, "operp", 10681, -1, "olcross", 10683, -1, "odsold", 10684, -1,
        "olcir", 10686, -1, "ofcir", 10687, -1, "olt", 10688, -1, "ogt", 10689, -1, "cirscir", 10690, -1, "cirE", 10691, -1,
        "solb", 10692, -1, "bsolb", 10693, -1, "boxbox", 10697, -1, "trisb", 10701, -1, "rtriltri", 10702, -1, "LeftTriangleBar", 10703, -1,
        "NotLeftTriangleBar", 10703, 824, "RightTriangleBar", 10704, -1, "NotRightTriangleBar", 10704, 824, "iinfin", 10716, -1, "infintie", 10717, -1, "nvinfin", 10718, -1,
        "eparsl", 10723, -1, "smeparsl", 10724, -1, "eqvparsl", 10725, -1, "lozf", 10731, -1, "RuleDelayed", 10740, -1, "dsol", 10742, -1,
        "xodot", 10752, -1, "bigoplus", 10753, -1, "bigotimes", 10754, -1, "biguplus", 10756, -1, "bigsqcup", 10758, -1, "iiiint", 10764, -1,
        "fpartint", 10765, -1, "cirfnint", 10768, -1, "awint", 10769, -1, "rppolint", 10770, -1, "scpolint", 10771, -1, "npolint", 10772, -1,
        "pointint", 10773, -1, "quatint", 10774, -1, "intlarhk", 10775, -1, "pluscir", 10786, -1, "plusacir", 10787, -1, "simplus", 10788, -1,
        "plusdu", 10789, -1, "plussim", 10790, -1, "plustwo", 10791, -1, "mcomma", 10793, -1, "minusdu", 10794, -1, "loplus", 10797, -1,
        "roplus", 10798, -1, "Cross", 10799, -1, "timesd", 10800, -1, "timesbar", 10801, -1, "smashp", 10803, -1, "lotimes", 10804, -1,
        "rotimes", 10805, -1, "otimesas", 10806, -1, "Otimes", 10807, -1, "odiv", 10808, -1, "triplus", 10809, -1, "triminus", 10810, -1,
        "tritime", 10811, -1, "iprod", 10812, -1, "amalg", 10815, -1, "capdot", 10816, -1, "ncup", 10818, -1, "ncap", 10819, -1,
        "capand", 10820, -1, "cupor", 10821, -1, "cupcap", 10822, -1, "capcup", 10823, -1, "cupbrcap", 10824, -1, "capbrcup", 10825, -1,
        "cupcup", 10826, -1, "capcap", 10827, -1, "ccups", 10828, -1, "ccaps", 10829, -1, "ccupssm", 10832, -1, "And", 10835, -1,
        "Or", 10836, -1, "andand", 10837, -1, "oror", 10838, -1, "orslope", 10839, -1, "andslope", 10840, -1, "andv", 10842, -1,
        "orv", 10843, -1, "andd", 10844, -1, "ord", 10845, -1, "wedbar", 10847, -1, "sdote", 10854, -1, "simdot", 10858, -1,
        "congdot", 10861, -1, "ncongdot", 10861, 824, "easter", 10862, -1, "apacir", 10863, -1, "apE", 10864, -1, "napE", 10864, 824,
        "eplus", 10865, -1, "pluse", 10866, -1, "Esim", 10867, -1, "Colone", 10868, -1, "Equal", 10869, -1, "ddotseq", 10871, -1,
        "equivDD", 10872, -1, "ltcir", 10873, -1, "gtcir", 10874, -1, "ltquest", 10875, -1, "gtquest", 10876, -1, "les", 10877, -1,
        "nles", 10877, 824, "ges", 10878, -1, "nges", 10878, 824, "lesdot", 10879, -1, "gesdot", 10880, -1, "lesdoto", 10881, -1,
        "gesdoto", 10882, -1, "lesdotor", 10883, -1, "gesdotol", 10884, -1, "lap", 10885, -1, "gap", 10886, -1, "lne", 10887, -1,
        "gne", 10888, -1, "lnap", 10889, -1, "gnap", 10890, -1, "lesseqqgtr", 10891, -1, "gEl", 10892, -1, "lsime", 10893, -1,
        "gsime", 10894, -1, "lsimg", 10895, -1, "gsiml", 10896, -1, "lgE", 10897, -1, "glE", 10898, -1, "lesges", 10899, -1,
        "gesles", 10900, -1, "els", 10901, -1, "egs", 10902, -1, "elsdot", 10903, -1, "egsdot", 10904, -1, "el", 10905, -1,
        "eg", 10906, -1, "siml", 10909, -1, "simg", 10910, -1, "simlE", 10911, -1, "simgE", 10912, -1, "LessLess", 10913, -1,
        "NotNestedLessLess", 10913, 824, "GreaterGreater", 10914, -1, "NotNestedGreaterGreater", 10914, 824, "glj", 10916, -1, "gla", 10917, -1, "ltcc", 10918, -1,
        "gtcc", 10919, -1, "lescc", 10920, -1, "gescc", 10921, -1, "smt", 10922, -1, "lat", 10923, -1, "smte", 10924, -1,
        "smtes", 10924, 65024, "late", 10925, -1, "lates", 10925, 65024, "bumpE", 10926, -1, "preceq", 10927, -1, "NotPrecedesEqual", 10927, 824,
        "SucceedsEqual", 10928, -1, "NotSucceedsEqual", 10928, 824, "prE", 10931, -1, "scE", 10932, -1, "precneqq", 10933, -1, "scnE", 10934, -1,
        "precapprox", 10935, -1, "succapprox", 10936, -1, "precnapprox", 10937, -1, "succnapprox", 10938, -1, "Pr", 10939, -1, "Sc", 10940, -1,
        "subdot", 10941, -1, "supdot", 10942, -1, "subplus", 10943, -1, "supplus", 10944, -1, "submult", 10945, -1, "supmult", 10946, -1,
        "subedot", 10947, -1, "supedot", 10948, -1, "subE", 10949, -1, "nsubE", 10949, 824, "supseteqq", 10950, -1, "nsupseteqq", 10950, 824,
        "subsim", 10951, -1, "supsim", 10952, -1, "subsetneqq", 10955, -1, "vsubnE", 10955, 65024, "supnE", 10956, -1, "varsupsetneqq", 10956, 65024,
        "csub", 10959, -1, "csup", 10960, -1, "csube", 10961, -1, "csupe", 10962, -1, "subsup", 10963, -1, "supsub", 10964, -1,
        "subsub", 10965, -1, "supsup", 10966, -1, "suphsub", 10967, -1, "supdsub", 10968, -1, "forkv", 10969, -1, "topfork", 10970, -1,
        "mlcp", 10971, -1, "Dashv", 10980, -1, "Vdashl", 10982, -1, "Barv", 10983, -1, "vBar", 10984, -1, "vBarv", 10985, -1,
        "Vbar", 10987, -1, "Not", 10988, -1, "bNot", 10989, -1, "rnmid", 10990, -1, "cirmid", 10991, -1, "midcir", 10992, -1,
        "topcir", 10993, -1, "nhpar", 10994, -1, "parsim", 10995, -1, "parsl", 11005, -1, "nparsl", 11005, 8421, "fflig", 64256, -1,
        "filig", 64257, -1, "fllig", 64258, -1, "ffilig", 64259, -1, "ffllig", 64260, -1, "Ascr", 119964, -1, "Cscr", 119966, -1,
        "Dscr", 119967, -1, "Gscr", 119970, -1, "Jscr", 119973, -1, "Kscr", 119974, -1, "Nscr", 119977, -1, "Oscr", 119978, -1,
        "Pscr", 119979, -1, "Qscr", 119980, -1, "Sscr", 119982, -1, "Tscr", 119983, -1, "Uscr", 119984, -1, "Vscr", 119985, -1,
        "Wscr", 119986, -1, "Xscr", 119987, -1, "Yscr", 119988, -1, "Zscr", 119989, -1, "ascr", 119990, -1, "bscr", 119991, -1,
        "cscr", 119992, -1, "dscr", 119993, -1, "fscr", 119995, -1, "hscr", 119997, -1, "iscr", 119998, -1, "jscr", 119999, -1,
        "kscr", 120000, -1, "lscr", 120001, -1, "mscr", 120002, -1, "nscr", 120003, -1, "pscr", 120005, -1, "qscr", 120006, -1,
        "rscr", 120007, -1, "sscr", 120008, -1, "tscr", 120009, -1, "uscr", 120010, -1, "vscr", 120011, -1, "wscr", 120012, -1,
        "xscr", 120013, -1, "yscr", 120014, -1, "zscr", 120015, -1, "Afr", 120068, -1, "Bfr", 120069, -1, "Dfr", 120071, -1,
        "Efr", 120072, -1, "Ffr", 120073, -1, "Gfr", 120074, -1, "Jfr", 120077, -1, "Kfr", 120078, -1, "Lfr", 120079, -1,
        "Mfr", 120080, -1, "Nfr", 120081, -1, "Ofr", 120082, -1, "Pfr", 120083, -1, "Qfr", 120084, -1, "Sfr", 120086, -1,
        "Tfr", 120087, -1, "Ufr", 120088, -1, "Vfr", 120089, -1, "Wfr", 120090, -1, "Xfr", 120091, -1, "Yfr", 120092, -1,
        "afr", 120094, -1, "bfr", 120095, -1, "cfr", 120096, -1, "dfr", 120097, -1, "efr", 120098, -1, "ffr", 120099, -1,
        "gfr", 120100, -1, "hfr", 120101, -1, "ifr", 120102, -1, "jfr", 120103, -1, "kfr", 120104, -1, "lfr", 120105, -1,
        "mfr", 120106, -1, "nfr", 120107, -1, "ofr", 120108, -1, "pfr", 120109, -1, "qfr", 120110, -1, "rfr", 120111, -1,
        "sfr", 120112, -1, "tfr", 120113, -1, "ufr", 120114, -1, "vfr", 120115, -1, "wfr", 120116, -1, "xfr", 120117, -1,
        "yfr", 120118, -1, "zfr", 120119, -1, "Aopf", 120120, -1, "Bopf", 120121, -1, "Dopf", 120123, -1, "Eopf", 120124, -1,
        "Fopf", 120125, -1, "Gopf", 120126, -1, "Iopf", 120128, -1, "Jopf", 120129, -1, "Kopf", 120130, -1, "Lopf", 120131, -1,
        "Mopf", 120132, -1, "Oopf", 120134, -1, "Sopf", 120138, -1, "Topf", 120139, -1, "Uopf", 120140, -1, "Vopf", 120141, -1,
        "Wopf", 120142, -1, "Xopf", 120143, -1, "Yopf", 120144, -1, "aopf", 120146, -1, "bopf", 120147, -1, "copf", 120148, -1,
        "dopf", 120149, -1, "eopf", 120150, -1, "fopf", 120151, -1, "gopf", 120152, -1, "hopf", 120153, -1, "iopf", 120154, -1,
        "jopf", 120155, -1, "kopf", 120156, -1, "lopf", 120157, -1, "mopf", 120158, -1, "nopf", 120159, -1, "oopf", 120160, -1,
        "popf", 120161, -1, "qopf", 120162, -1, "ropf", 120163, -1, "sopf", 120164, -1, "topf", 120165, -1, "uopf", 120166, -1,
        "vopf", 120167, -1, "wopf", 120168, -1, "xopf", 120169, -1, "yopf", 120170, -1, "zopf", 120171, -1
    };

    private static final java.util.HashMap<Integer, String> HTML5_ONE = new java.util.HashMap<>();
    private static final java.util.HashMap<Long, String> HTML5_TWO = new java.util.HashMap<>();
    private static final java.util.HashSet<Integer> HTML5_LEAD = new java.util.HashSet<>();
    private static final java.util.HashMap<String, int[]> HTML5_DECODE = new java.util.HashMap<>();

    static {
        for (int i = 0; i < HTML5.length; i += 3) {
            String name = (String) HTML5[i];
            int cp = (Integer) HTML5[i + 1], cp2 = (Integer) HTML5[i + 2];
            if (cp2 < 0) {
                HTML5_ONE.put(cp, name);
            } else {
                HTML5_TWO.put(((long) cp << 21) | cp2, name);
                HTML5_LEAD.add(cp);
            }
            HTML5_DECODE.put(name, new int[] {cp, cp2});
        }
    }

    /** Code point to entity name, for htmlentities. */
    private static final java.util.HashMap<Integer, String> HTML4_NAMES = new java.util.HashMap<>();

    static {
        for (int i = 0; i < HTML4.length; i += 2) {
            HTML4_MAP.put((String) HTML4[i], (Integer) HTML4[i + 1]);
            HTML4_NAMES.putIfAbsent((Integer) HTML4[i + 1], (String) HTML4[i]);
        }
    }

    /** The code point of the valid UTF-8 sequence of {@code n} bytes at {@code pos}. */
    private static int codePoint(byte[] s, int pos, int n) {
        int c = s[pos] & 0xff;
        return switch (n) {
            case 1 -> c;
            case 2 -> ((c & 0x1f) << 6) | (s[pos + 1] & 0x3f);
            case 3 -> ((c & 0x0f) << 12) | ((s[pos + 1] & 0x3f) << 6) | (s[pos + 2] & 0x3f);
            default -> ((c & 0x07) << 18) | ((s[pos + 1] & 0x3f) << 12) | ((s[pos + 2] & 0x3f) << 6) | (s[pos + 3] & 0x3f);
        };
    }

    /** resolve_named_entity_html over the inverse map unescape_inverse_map(all, flags) picks; -1 if unknown. */
    private static int resolveNamed(String name, boolean all, int doctype) {
        if (all && (doctype == DOC_HTML401 || doctype == DOC_XHTML || doctype == DOC_HTML5)) {
            Integer cp = HTML4_MAP.get(name);
            if (cp != null) return cp;
            if (doctype == DOC_HTML5 && name.equals("apos")) return '\'';
            return -1;
        }
        switch (name) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return doctype == DOC_HTML401 && !all ? -1 : '\'';
            default: return -1;
        }
    }

    /** determine_charset: true for UTF-8 (the default), false for the single-byte charsets; warns for unknown ones. */
    private static boolean isUtf8(long ex, int n) {
        if (jzend.zend.execute.ZendExecuteData.numArgs(ex) < n
                || ZendVm.IS_NULL == (jzend.zend.alloc.NativeMemory.getInt(jzend.zend.execute.ZendParseParameters.arg(ex, n) + 8) & 0xff)) {
            return true;
        }
        String cs = ZendString.toJavaString(requiredString(ex, n));
        if (cs.isEmpty()) return true;
        switch (cs.toLowerCase(java.util.Locale.ROOT)) {
            case "utf-8", "utf8":
                return true;
            case "iso-8859-1", "iso8859-1", "iso-8859-15", "iso8859-15", "cp1252", "windows-1252", "1252", "cp1251",
                 "windows-1251", "win-1251", "1251", "koi8-r", "koi8-ru", "koi8r", "cp866", "866", "ibm866", "macroman":
                return false;
            default:
                Str.warning(ex, "Charset \"" + cs + "\" is not supported, assuming UTF-8");
                return true;
        }
    }

    /** process_numeric_entity at {@code pos} (just after "&#"): the code point and the index of ';', or null. */
    private static long[] numericEntity(byte[] s, int pos) {
        boolean hex = pos < s.length && (s[pos] == 'x' || s[pos] == 'X');
        if (hex) pos++;
        if (pos >= s.length || Character.digit(s[pos] & 0xff, hex ? 16 : 10) < 0 || (s[pos] & 0xff) > 'f') return null;
        long v = 0;
        boolean overflow = false;
        while (pos < s.length) {
            int c = s[pos] & 0xff;
            int d = c <= 'f' ? Character.digit(c, hex ? 16 : 10) : -1;
            if (d < 0) break;
            if (v > 0x10FFFFL) overflow = true;
            else v = v * (hex ? 16 : 10) + d;
            pos++;
        }
        if (pos >= s.length || s[pos] != ';') return null;
        if (overflow || v > 0x10FFFF) return null;
        return new long[] {v, pos};
    }

    /** process_named_entity_html from {@code pos}: the index of the ';' ending a non-empty alphanumeric name, or -1. */
    private static int namedEntityEnd(byte[] s, int pos) {
        int p = pos;
        while (p < s.length && (Character.isLetterOrDigit(s[p] & 0xff) && (s[p] & 0xff) < 0x80)) p++;
        if (p >= s.length || s[p] != ';' || p == pos) return -1;
        return p;
    }

    /** unicode_cp_is_allowed. */
    private static boolean cpAllowed(long cp, int doctype) {
        switch (doctype) {
            case DOC_HTML401:
                return (cp >= 0x20 && cp <= 0x7E) || cp == 0x0A || cp == 0x09 || cp == 0x0D
                        || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0x10FFFF);
            case DOC_HTML5:
                return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0x09 && cp <= 0x0D && cp != 0x0B)
                        || (cp >= 0xA0 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0x10FFFF && (cp & 0xFFFF) < 0xFFFE && (cp < 0xFDD0 || cp > 0xFDEF));
            default:
                return (cp >= 0x20 && cp <= 0xD7FF) || cp == 0x0A || cp == 0x09 || cp == 0x0D
                        || (cp >= 0xE000 && cp <= 0x10FFFF && cp != 0xFFFE && cp != 0xFFFF);
        }
    }

    /** PHP_FUNCTION(htmlspecialchars): php_escape_html_entities_ex with all = 0. */
    public static void htmlspecialchars(long ex, long rv) {
        escape(ex, rv, false);
    }

    /** PHP_FUNCTION(htmlentities): php_escape_html_entities_ex with all = 1 (ENT_XML1 only has the basic entities). */
    public static void htmlentities(long ex, long rv) {
        escape(ex, rv, true);
    }

    /** Port of php_escape_html_entities_ex. */
    private static void escape(long ex, long rv, boolean all) {
        long str = requiredString(ex, 1);
        int flags = (int) optionalLong(ex, 2, DEFAULT_FLAGS);
        boolean utf8 = isUtf8(ex, 3);
        boolean doubleEncode = optionalBool(ex, 4, true);
        byte[] s = ZendString.bytes(str);
        int doctype = flags & DOC_MASK;
        if (all && doctype == DOC_XML1) all = false; // LIMIT_ALL
        long maxlen = s.length < 64 ? 128 : 2L * s.length;
        ByteBuf out = new ByteBuf((int) Math.min(maxlen, Integer.MAX_VALUE - 8));
        int cursor = 0;
        while (cursor < s.length) {
            if (out.length() > maxlen - 40) maxlen += 128;
            int n = utf8 ? HtmlSpecialChars.nextUtf8(s, cursor, s.length) : 1;
            if (n < 0) {
                cursor += -n;
                if ((flags & ENT_IGNORE) != 0) continue;
                if ((flags & ENT_SUBSTITUTE) != 0) {
                    out.append((byte) 0xEF).append((byte) 0xBF).append((byte) 0xBD);
                    continue;
                }
                ZendVm.setString(rv, jzend.zend.string.ZendInternedStrings.emptyString());
                return;
            }
            byte c = s[cursor];
            if (all && c != '&' && !(c == '"' && (flags & ENT_HTML_QUOTE_DOUBLE) == 0)
                    && !(c == '\'' && (flags & ENT_HTML_QUOTE_SINGLE) == 0)) {
                int cp = utf8 ? codePoint(s, cursor, n) : c & 0xff;
                String name;
                int used = n;
                if (doctype == DOC_HTML5) {
                    name = HTML5_ONE.get(cp);
                    if (HTML5_LEAD.contains(cp) && cursor + n < s.length) { // find_entity_for_char's ambiguous rows
                        int n2 = utf8 ? HtmlSpecialChars.nextUtf8(s, cursor + n, s.length) : 1;
                        if (n2 > 0) {
                            int cp2 = utf8 ? codePoint(s, cursor + n, n2) : s[cursor + n] & 0xff;
                            String two = HTML5_TWO.get(((long) cp << 21) | cp2);
                            if (two != null) {
                                name = two;
                                used = n + n2;
                            }
                        }
                    }
                } else {
                    name = cp == '\'' ? "#039" : HTML4_NAMES.get(cp);
                }
                if (name != null) {
                    out.append('&').appendAscii(name).append(';');
                    cursor += used;
                    continue;
                }
            }
            if (n > 1) {
                out.append(s, cursor, n);
                cursor += n;
                continue;
            }
            cursor++;
            switch (c) {
                case '&' -> {
                    if (!doubleEncode) {
                        int end = -1;
                        if (cursor < s.length && s[cursor] == '#') {
                            long[] num = numericEntity(s, cursor + 1);
                            if (num != null) end = (int) num[1];
                        } else {
                            int e = namedEntityEnd(s, cursor);
                            if (e >= 0) {
                                String name = new String(s, cursor, e - cursor, java.nio.charset.StandardCharsets.ISO_8859_1);
                                if (resolveNamed(name, true, doctype) >= 0 || (doctype == DOC_XHTML && name.equals("apos"))) end = e;
                            }
                        }
                        if (end >= 0) {
                            int entLen = end - cursor;
                            if (maxlen - out.length() < entLen + 2) maxlen += entLen + 128;
                            out.append('&').append(s, cursor, entLen).append(';');
                            cursor += entLen + 1;
                            break;
                        }
                    }
                    out.appendAscii("&amp;");
                }
                case '"' -> {
                    if ((flags & ENT_HTML_QUOTE_DOUBLE) != 0) out.appendAscii("&quot;");
                    else out.append(c);
                }
                case '\'' -> {
                    if ((flags & ENT_HTML_QUOTE_SINGLE) != 0) out.appendAscii(doctype == DOC_HTML401 ? "&#039;" : "&apos;");
                    else out.append(c);
                }
                case '<' -> out.appendAscii("&lt;");
                case '>' -> out.appendAscii("&gt;");
                default -> out.append(c);
            }
        }
        ZendVm.setString(rv, Str.strWithCapacity(out, maxlen));
    }

    /** PHP_FUNCTION(htmlspecialchars_decode). */
    public static void htmlspecialchars_decode(long ex, long rv) {
        long str = requiredString(ex, 1);
        int flags = (int) optionalLong(ex, 2, DEFAULT_FLAGS);
        ZendVm.setString(rv, unescape(str, false, flags, true));
    }

    /** PHP_FUNCTION(html_entity_decode). */
    public static void html_entity_decode(long ex, long rv) {
        long str = requiredString(ex, 1);
        int flags = (int) optionalLong(ex, 2, DEFAULT_FLAGS);
        boolean utf8 = isUtf8(ex, 3);
        ZendVm.setString(rv, unescape(str, true, flags, utf8));
    }

    /** Port of php_unescape_html_entities / traverse_for_entities. */
    private static long unescape(long str, boolean all, int flags, boolean utf8) {
        byte[] s = ZendString.bytes(str);
        int amp = 0;
        while (amp < s.length && s[amp] != '&') amp++;
        if (amp == s.length) return ZendString.copy(str);
        int doctype = flags & DOC_MASK;
        ByteBuf out = new ByteBuf(s.length + 8);
        int p = 0;
        while (p < s.length) {
            if (s[p] != '&' || p + 3 >= s.length) {
                out.append(s[p++]);
                continue;
            }
            int next;
            long code;
            if (s[p + 1] == '#') {
                long[] num = numericEntity(s, p + 2);
                if (num == null) {
                    next = numericScanEnd(s, p + 2);
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
                code = num[0];
                next = (int) num[1];
                boolean ok = !(!all && !(code == '&' || code == '"' || code == '\'' || code == '<' || code == '>'))
                        && cpAllowed(code, doctype) && !(doctype == DOC_HTML5 && code == 0x0D);
                if (!ok) {
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
            } else {
                int e = namedEntityEnd(s, p + 1);
                if (e < 0) {
                    next = p + 1;
                    while (next < s.length && (s[next] & 0xff) < 0x80 && Character.isLetterOrDigit(s[next])) next++;
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
                next = e;
                String name = new String(s, p + 1, e - p - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                code = resolveNamed(name, all, doctype);
                if (all && doctype == DOC_HTML5) {
                    int[] cps = HTML5_DECODE.get(name);
                    if (cps != null && cps[1] >= 0) {
                        if (!utf8) {
                            out.append(s, p, next - p);
                            p = next;
                            continue;
                        }
                        appendUtf8(out, cps[0]);
                        appendUtf8(out, cps[1]);
                        p = next + 1;
                        continue;
                    }
                    if (cps != null) code = cps[0];
                }
                if (code < 0 && doctype == DOC_XHTML && name.equals("apos")) code = '\'';
                if (code < 0) {
                    out.append(s, p, next - p);
                    p = next;
                    continue;
                }
            }
            if ((code == '\'' && (flags & ENT_HTML_QUOTE_SINGLE) == 0) || (code == '"' && (flags & ENT_HTML_QUOTE_DOUBLE) == 0)
                    || (!utf8 && code > 0xFF)) {
                out.append(s, p, next - p);
                p = next;
                continue;
            }
            if (utf8) appendUtf8(out, (int) code);
            else out.append((byte) code);
            p = next + 1;
        }
        return Str.strWithCapacity(out, s.length + s.length / 5 + 2);
    }

    /** Where process_numeric_entity stopped reading when it failed (the bytes copied as they are). */
    private static int numericScanEnd(byte[] s, int pos) {
        boolean hex = pos < s.length && (s[pos] == 'x' || s[pos] == 'X');
        if (hex) pos++;
        int start = pos;
        while (pos < s.length && (s[pos] & 0xff) <= 'f' && Character.digit(s[pos] & 0xff, hex ? 16 : 10) >= 0) pos++;
        return pos == start ? pos : pos;
    }

    /** write_octet_sequence for UTF-8. */
    private static void appendUtf8(ByteBuf out, int cp) {
        if (cp < 0x80) {
            out.append((byte) cp);
        } else if (cp < 0x800) {
            out.append((byte) (0xC0 | (cp >> 6))).append((byte) (0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append((byte) (0xE0 | (cp >> 12))).append((byte) (0x80 | ((cp >> 6) & 0x3F))).append((byte) (0x80 | (cp & 0x3F)));
        } else {
            out.append((byte) (0xF0 | (cp >> 18))).append((byte) (0x80 | ((cp >> 12) & 0x3F)))
               .append((byte) (0x80 | ((cp >> 6) & 0x3F))).append((byte) (0x80 | (cp & 0x3F)));
        }
    }
}
