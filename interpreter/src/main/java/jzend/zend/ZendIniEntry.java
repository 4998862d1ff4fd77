package jzend.zend;

/**
 * zend_ini_entry: one registered directive, with its current value and, once changed at run time,
 * the value to restore at the end of the request.
 */
public final class ZendIniEntry {
    /** ZEND_INI_MH: validates and applies a new value (null = no value); false = FAILURE, value kept. */
    @FunctionalInterface
    public interface OnModify {
        boolean modify(ZendIniEntry entry, String newValue, int stage);
    }

    /** zend_ini_entry_def: what an extension or main.c registers. */
    public record Def(String name, String defaultValue, int modifiable, OnModify onModify) {}

    public final String name;
    public final int modifiable;
    public final OnModify on_modify;
    public String value;
    public String orig_value;
    public int orig_modifiable;
    public boolean modified;

    ZendIniEntry(Def def) {
        this.name = def.name();
        this.modifiable = def.modifiable();
        this.on_modify = def.onModify();
        this.value = def.defaultValue();
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
