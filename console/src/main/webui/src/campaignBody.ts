// The bureau's 发布招聘 form as the service's CampaignBody.
import dayjs from "dayjs";

export interface CampaignFormValues {
  kind: "OPEN" | "INTERNAL";
  title?: string;
  postIds: string[];
  /** datetime-local input: "2027-03-01T09:00", the user's local time */
  opensAt: string;
  closesAt: string;
  weights?: { written?: number | null; interview?: number | null };
  minTitle?: string;
}

/** A local date-time as an ISO instant with the user's offset ("2027-03-01T09:00:00+08:00"), or null when it is no date-time. */
export function offsetDateTime(local: string | undefined): string | null {
  if (!local || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const d = dayjs(local);
  return d.isValid() ? d.format("YYYY-MM-DDTHH:mm:ssZ") : null;
}

export function campaignBody(v: CampaignFormValues) {
  const written = v.weights?.written ?? null;
  const interview = v.weights?.interview ?? null;
  return {
    kind: v.kind,
    title: v.title?.trim() || undefined,
    postIds: v.postIds,
    opensAt: offsetDateTime(v.opensAt),
    closesAt: offsetDateTime(v.closesAt),
    // absent weights: the county's defaults; one given: both are sent so the service checks their sum
    weights: written === null && interview === null ? undefined : { written, interview },
    minTitle: v.minTitle || undefined,
  };
}
