package org.county.staffing.backbone.contract;

/**
 * The leadership posts of a school (領導職數) that its function-and-staffing regulation
 * (機構職能編制規定) approves by role and count, within the school's quota; HR sets each up as a
 * MANAGEMENT post carrying its role.
 */
public enum LeadershipRole {
    /** 校長（園長）. */
    PRINCIPAL("principal", "校长"),
    /** 副校長. */
    DEPUTY_PRINCIPAL("deputy principal", "副校长"),
    /** 黨組織書記. */
    PARTY_SECRETARY("party secretary", "党组织书记"),
    /** 專職副書記: required where the party organisation is a committee (黨委) or a general branch (黨總支). */
    FULL_TIME_DEPUTY_SECRETARY("full-time deputy party secretary", "专职副书记"),
    /** 紀檢委員（紀委書記）. */
    DISCIPLINE_SECRETARY("discipline inspection secretary", "纪检委员"),
    /** 工會主席. */
    UNION_CHAIR("trade union chair", "工会主席");

    private final String english;
    private final String chinese;

    LeadershipRole(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The role's name in an English sentence. */
    public String english() {
        return english;
    }

    /** The role's name in a Chinese sentence. */
    public String chinese() {
        return chinese;
    }
}
