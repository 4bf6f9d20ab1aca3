package org.county.staffing.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.post.PostOccupied;
import org.county.staffing.contracts.post.PostPlanDecided;
import org.county.staffing.contracts.post.PostUnfrozen;
import org.county.staffing.contracts.post.PostVacated;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.EnrollmentReported;
import org.county.staffing.contracts.quota.FindingClosed;
import org.county.staffing.contracts.quota.FindingOverdue;
import org.county.staffing.contracts.quota.FindingRaised;
import org.county.staffing.contracts.quota.FindingRectified;
import org.county.staffing.contracts.quota.PlanExecutionRefused;
import org.county.staffing.contracts.quota.QuotaPlanDecided;
import org.county.staffing.contracts.quota.RegulationIssued;
import org.county.staffing.contracts.quota.SchoolMerged;
import org.county.staffing.contracts.quota.SchoolRegistered;
import org.county.staffing.contracts.quota.StandardChanged;
import org.county.staffing.contracts.quota.VerificationApproved;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.CampaignClosed;
import org.county.staffing.contracts.recruitment.CampaignOpened;
import org.county.staffing.contracts.recruitment.ContractRenewed;
import org.county.staffing.contracts.recruitment.ContractSigned;
import org.county.staffing.contracts.recruitment.ContractTerminated;
import org.county.staffing.contracts.recruitment.PlanApproved;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanOverdue;
import org.county.staffing.contracts.recruitment.PlanRejected;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.county.staffing.contracts.recruitment.SecondmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherRegistered;
import org.county.staffing.contracts.recruitment.TeacherSeconded;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.contracts.recruitment.TeacherUpdated;
import org.county.staffing.contracts.rotation.ActivityRecorded;
import org.county.staffing.contracts.rotation.CommunityFormed;
import org.county.staffing.contracts.rotation.EvaluationRecorded;
import org.county.staffing.contracts.rotation.MoveReturned;
import org.county.staffing.contracts.rotation.MoveStarted;
import org.county.staffing.contracts.rotation.RoundPlanned;
import org.county.staffing.contracts.rotation.RoundProposed;
import org.county.staffing.contracts.rotation.SchoolProfileUpdated;
import org.county.staffing.contracts.rotation.TeacherShared;

/** Every event type of the platform, in the order of docs/events.md. A new type is added here too. */
public final class EventCatalog {

    private static final List<EventType<?>> ALL = List.of(
            SchoolRegistered.TYPE,
            SchoolMerged.TYPE,
            EnrollmentReported.TYPE,
            StandardChanged.TYPE,
            AllocationChanged.TYPE,
            VerificationApproved.TYPE,
            FindingRaised.TYPE,
            FindingRectified.TYPE,
            FindingClosed.TYPE,
            FindingOverdue.TYPE,
            RegulationIssued.TYPE,
            QuotaPlanDecided.TYPE,
            PlanExecutionRefused.TYPE,

            PostEstablished.TYPE,
            PostAbolished.TYPE,
            PostFrozen.TYPE,
            PostUnfrozen.TYPE,
            PostOccupied.TYPE,
            PostVacated.TYPE,
            PostPlanDecided.TYPE,

            TeacherRegistered.TYPE,
            TeacherUpdated.TYPE,
            TeacherAppointed.TYPE,
            TeacherTransferred.TYPE,
            TeacherLeft.TYPE,
            TeacherSeconded.TYPE,
            SecondmentEnded.TYPE,
            TeacherAssigned.TYPE,
            AssignmentEnded.TYPE,
            ContractSigned.TYPE,
            ContractRenewed.TYPE,
            ContractTerminated.TYPE,
            CampaignOpened.TYPE,
            CampaignClosed.TYPE,
            PlanSubmitted.TYPE,
            PlanApproved.TYPE,
            PlanRejected.TYPE,
            PlanExecuted.TYPE,
            PlanOverdue.TYPE,

            EvaluationRecorded.TYPE,
            SchoolProfileUpdated.TYPE,
            RoundPlanned.TYPE,
            RoundProposed.TYPE,
            MoveStarted.TYPE,
            MoveReturned.TYPE,
            CommunityFormed.TYPE,
            ActivityRecorded.TYPE,
            TeacherShared.TYPE);

    private static final Map<String, EventType<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The types one service publishes, by its short name ({@code quota}, {@code post}, ...). */
    public static List<EventType<?>> producedBy(String producer) {
        return ALL.stream().filter(t -> t.producer().equals(producer)).toList();
    }
}
