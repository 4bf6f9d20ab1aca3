package org.county.staffing.infra.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one school year's cycle did, as the services' own APIs answered: the report's numbers are
 * theirs, collected step by step.
 */
public final class CycleReport {

    /** A school's staffing at one moment: the staffing office's quota and staff, HR's posts. */
    public record SchoolLine(String schoolId, String name, String location, String tier, String pool, int quota, int staff,
                             int posts, int vacant, int frozen) {
        public int gap() {
            return staff - quota;
        }

        public boolean overStaffed() {
            return staff > quota;
        }

        public boolean underStaffed() {
            return staff < quota;
        }
    }

    public record Verification(String pool, String schoolYear, int requiredTotal, int proposedTotal, int poolTotal,
                               int poolShortfall, int raised, int lowered, int unchanged, int floorSchools) {
    }

    /** The schools' function-and-staffing regulations: how many, by party organisation, leadership posts in all. */
    public record Regulations(int schools, Map<String, Integer> byPartyOrganisation, int leadershipPosts, int issuedNow) {
    }

    /**
     * {@code established}: teaching posts set up where the quota rose; {@code leadershipSetUp}: the
     * regulations' leadership posts set up within the quotas; {@code leadershipWithoutRoom}: those the
     * quotas left no room for (the inspection's findings).
     */
    public record Posts(int established, int schools, int frozenForOverEstablishment, int overEstablishedSchools,
                        int leadershipSetUp, int leadershipWithoutRoom) {
    }

    public record Campaign(String campaignId, int posts, int applications, int hired, Map<String, Integer> unmetReasons) {
    }

    public record Evaluations(int recorded, int alreadyThere, Map<String, Integer> byGrade) {
    }

    public record Decision(int version, String department, String decision, List<String> reasons) {
    }

    public record Execution(String quotaExecution, int quotaTransfers, int quotaMoved, int postsAbolished,
                            int rotationsStarted) {
    }

    public String countyId;
    public String schoolYear;
    public String scale;
    public CountyLoader.Loaded loaded;
    public List<SchoolLine> start = List.of();
    public List<SchoolLine> afterVerification = List.of();
    public List<SchoolLine> end = List.of();
    public JsonNode poolsStart;
    public JsonNode poolsEnd;
    public final List<Verification> verifications = new ArrayList<>();
    public Regulations regulations;
    public Posts posts;
    public Campaign campaign;
    public Evaluations evaluations;
    public JsonNode round;
    public JsonNode due;
    public JsonNode plan;
    public final List<Decision> decisions = new ArrayList<>();
    public final Map<String, Integer> planItems = new LinkedHashMap<>();
    public Map<String, String> planUnresolved = Map.of();
    /** Quota the staffing office allocated to schools from the pools' unallocated quota for the plan. */
    public int quotaFromPools;
    /** The round's moves the bureau took out of the plan because their pool could not hold them. */
    public int movesTakenOut;
    /** The plan's teacher moves by what became of them (TRANSFERRED, ON_ASSIGNMENT, COMPETITION_WON, ...). */
    public final Map<String, Integer> moveOutcomes = new java.util.TreeMap<>();
    public Execution execution;
    /** The assignments of support teaching, shadowing and itinerant teaching, as recruitment-service holds them. */
    public JsonNode assignments;
    /** The county's development communities together (GET /communities/stats) and the teachers they share. */
    public JsonNode communities;
    public List<JsonNode> sharedTeachers = List.of();
    public JsonNode inspection;
    public JsonNode auditVerify;
    public JsonNode auditStats;
    public List<Timings.Step> steps = List.of();
    public long requests;
    public Map<Endpoints.Service, Long> requestsPerService = Map.of();
    public long serverErrors;
    public double seconds;
    /** Remarks on the run (a cycle found complete, resumed steps). */
    public final List<String> notes = new ArrayList<>();
}
