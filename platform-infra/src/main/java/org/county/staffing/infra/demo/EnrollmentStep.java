package org.county.staffing.infra.demo;

import java.util.List;

import org.county.staffing.infra.demo.Endpoints.Service;

/** 1. The education bureau reports each school's enrollment of the year (schools that reported already are left). */
final class EnrollmentStep implements CycleStep {

    @Override
    public String name() {
        return "enrollment";
    }

    @Override
    public String title(CycleRun run) {
        return "Enrollment " + run.year + " reported by the education bureau";
    }

    @Override
    public void run(CycleRun run) {
        run.report.start = run.snapshot();
        run.report.poolsStart = run.api.get(Service.QUOTA, "/pools", run.users.staffingOffice());
        List<Integer> reported = run.parallel.map(run.county.schools(), s -> {
            String path = "/schools/" + s.id() + "/enrollment/" + run.year;
            if (run.api.call(Service.QUOTA, "GET", path, run.users.educationBureau(), null).status() != 404) {
                return 0;
            }
            run.api.put(Service.QUOTA, path, run.users.educationBureau(), CountyLoader.enrollment(s.currentStudents(), s.currentClasses()));
            return 1;
        });
        int students = run.county.schools().stream()
                .mapToInt(s -> s.currentStudents().values().stream().mapToInt(Integer::intValue).sum()).sum();
        run.progress.say("  " + reported.stream().mapToInt(Integer::intValue).sum() + " schools reported, " + students
                + " students in all");
    }
}
