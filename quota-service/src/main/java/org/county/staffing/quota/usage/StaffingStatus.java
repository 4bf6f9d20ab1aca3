package org.county.staffing.quota.usage;

/** A school's staff against its quota: over (超編), under (缺編) or exactly at it. */
public enum StaffingStatus {
    OVER_STAFFED,
    UNDER_STAFFED,
    BALANCED;

    /** Rule STAFF_WITHIN_QUOTA: staff on the school's quota (appointed, seconded ones included) against its allocation. */
    public static StaffingStatus of(int allocated, int staffAppointed) {
        if (staffAppointed > allocated) {
            return OVER_STAFFED;
        }
        return staffAppointed < allocated ? UNDER_STAFFED : BALANCED;
    }
}
