package jzend.zend.compile.ast;

/** The target type of a cast (ZEND_AST_CAST's attr: IS_LONG, IS_DOUBLE, ...). */
public enum CastType {
    LONG("int"), DOUBLE("float"), STRING("string"), BOOL("bool"), ARRAY("array"), OBJECT("object");

    /** The canonical PHP spelling inside the parentheses. */
    public final String php;

    CastType(String php) {
        this.php = php;
    }
}
