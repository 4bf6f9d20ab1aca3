package org.county.staffing.rotation.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.rotation.planner.ProblemGenerator;
import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.SubjectPosition;

/**
 * A generated county fed to the service as the other departments' events would bring it: schools and
 * quotas, teaching posts (and, for teachers beyond a subject's posts, management posts), teachers
 * appointed with the tenure the generator chose. {@link #expected} is the same problem with the
 * service's ids, so the reference optimum can be computed for it.
 */
public final class GeneratedCounty {

    public final String county;
    public final SchoolYear year;
    public final PlanningProblem expected;
    public final Map<String, PlanSchool> schools = new HashMap<>();
    /** Vacant teaching posts per school and subject ({@code school|subject}). */
    public final Map<String, Integer> vacancies = new HashMap<>();

    private GeneratedCounty(String county, SchoolYear year, PlanningProblem expected) {
        this.county = county;
        this.year = year;
        this.expected = expected;
        expected.schools().forEach(s -> schools.put(s.id(), s));
        expected.positions().forEach(p -> vacancies.put(p.schoolId() + "|" + p.subject(), p.vacancies()));
    }

    public static GeneratedCounty feed(ProblemGenerator.Scale scale, long seed, SchoolYear year, Feed feed, String county) {
        PlanningProblem generated = ProblemGenerator.generate(scale, seed);
        Map<String, String> schoolIds = new HashMap<>();
        List<PlanSchool> schools = new ArrayList<>();
        for (PlanSchool s : generated.schools()) {
            String id = Feed.newSchoolId();
            schoolIds.put(s.id(), id);
            // profiles keep six decimals, as the service stores them
            schools.add(new PlanSchool(id, county, s.district(), null, s.tier(), s.location(), six(s.latitude()),
                    six(s.longitude()), s.staff(), s.quota()));
            feed.schoolRegistered(id, s.location().name(), s.district());
            feed.allocation(id, s.quota());
        }
        Map<String, List<Candidate>> due = new HashMap<>();
        for (Candidate c : generated.candidates()) {
            due.computeIfAbsent(c.schoolId() + "|" + c.subject(), k -> new ArrayList<>()).add(c);
        }
        List<SubjectPosition> positions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        LocalDate start = year.startsOn();
        int sequence = 0;
        for (SubjectPosition p : generated.positions()) {
            String school = schoolIds.get(p.schoolId());
            positions.add(new SubjectPosition(school, p.subject(), p.posts(), p.teachers(), p.vacancies()));
            List<String> teachingPosts = new ArrayList<>();
            for (int i = 0; i < p.posts(); i++) {
                teachingPosts.add(feed.post(school, "TEACHING", p.subject()));
            }
            List<Candidate> dueHere = due.getOrDefault(p.schoolId() + "|" + p.subject(), List.of());
            for (int t = 0; t < p.teachers(); t++) {
                String teacher = UUID.randomUUID().toString();
                // teachers beyond the subject's posts hold management posts (the surplus)
                String post = t < teachingPosts.size() ? teachingPosts.get(t) : feed.post(school, "MANAGEMENT", null);
                boolean isDue = t < dueHere.size();
                Candidate c = isDue ? dueHere.get(t) : null;
                LocalDate since = start.minusYears(isDue ? c.yearsAtSchool() : 1 + (sequence++ % 5));
                feed.teacherRegistered(teacher, p.subject(), start.minusYears(40), "MALE", since.minusYears(1),
                        isDue && c.backbone(), isDue && c.young(), "ACTIVE");
                feed.appointed(teacher, post, school, t < teachingPosts.size() ? p.subject() : null, since);
                if (isDue) {
                    candidates.add(new Candidate(teacher, school, post, p.subject(), c.yearsAtSchool(), null, c.backbone(), c.young()));
                }
            }
        }
        feed.flush();
        int target = generated.targets().values().iterator().next();
        PlanningProblem expected = PlanningProblem.ofCounty(county, schools, positions, candidates, target, generated.parameters());
        return new GeneratedCounty(county, year, expected);
    }

    private static double six(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).doubleValue();
    }
}
