package org.county.staffing.rotation.planner.model;

/** The direction rules of the seed (流動方向); every move satisfies at least one. */
public enum Direction {
    /** 超編學校向缺編學校: from a school over its quota to one under it. */
    OVER_TO_UNDER("from an over-staffed school to an under-staffed one", "超编学校向缺编学校流动"),
    /** 學科富餘學校向學科短缺學校: the teacher's subject is in surplus at the source and short at the destination. */
    SURPLUS_TO_SHORTAGE("from a school with a surplus in the subject to one short of it", "学科富余学校向学科短缺学校流动"),
    /** 優質學校向薄弱學校: from a stronger tier to a weaker one. */
    STRONG_TO_WEAK("from a stronger school to a weaker one", "优质学校向薄弱学校流动");

    private final String en;
    private final String zh;

    Direction(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    public String en() {
        return en;
    }

    public String zh() {
        return zh;
    }
}
