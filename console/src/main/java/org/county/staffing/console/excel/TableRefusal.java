package org.county.staffing.console.excel;

/** A table that cannot be written, with the rule, the field it names and the reason in both languages. */
public class TableRefusal extends RuntimeException {

    private final String rule;
    private final String field;
    private final String zh;

    public TableRefusal(String rule, String field, String en, String zh) {
        super(en);
        this.rule = rule;
        this.field = field;
        this.zh = zh;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public String zh() {
        return zh;
    }
}
