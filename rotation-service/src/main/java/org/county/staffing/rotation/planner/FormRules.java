package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.rotation.planner.model.CostTerms;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.county.staffing.rotation.planner.model.Tier;

/**
 * Rule ROTATION_FORM: the form of each planned move, decided after the optimum is known (forms do
 * not change the objective), first match wins:
 * <ol>
 * <li>PAIRED_EXCHANGE: the plan moves teachers both ways between two schools; they are paired one to
 * one (by teacher id), the rest of the larger side takes the next rules;</li>
 * <li>SHADOWING: a young teacher from a weak school to a strong school;</li>
 * <li>ITINERANT: within one development community or school district, an itinerant subject, and a
 * destination shortage of at most {@code itinerantMaxShortage} vacant posts;</li>
 * <li>SUPPORT_TEACHING: to a more rural school (urban to town or rural, town to rural);</li>
 * <li>COMPETITION: everything else; the destination post is offered as an INTERNAL campaign and the
 * planned teacher is its suggested candidate.</li>
 * </ol>
 */
public final class FormRules {

    private FormRules() {
    }

    public static List<Move> assign(List<Assignment> assignments, PlannerParameters parameters) {
        Map<Assignment, String> partner = partners(byRoute(assignments));
        List<Move> moves = new ArrayList<>(assignments.size());
        for (Assignment a : assignments) {
            moves.add(move(a, partner.get(a), parameters));
        }
        return moves;
    }

    /** Assignments by source school, then destination school. */
    private static Map<String, Map<String, List<Assignment>>> byRoute(List<Assignment> assignments) {
        Map<String, Map<String, List<Assignment>>> byRoute = new HashMap<>();
        for (Assignment a : assignments) {
            Map<String, List<Assignment>> from = byRoute.get(a.from().id());
            if (from == null) {
                from = new HashMap<>(4);
                byRoute.put(a.from().id(), from);
            }
            List<Assignment> route = from.get(a.to().id());
            if (route == null) {
                route = new ArrayList<>(2);
                from.put(a.to().id(), route);
            }
            route.add(a);
        }
        return byRoute;
    }

    /** The partner of each assignment in a paired exchange, by identity (two assignments are never the same move). */
    private static Map<Assignment, String> partners(Map<String, Map<String, List<Assignment>>> byRoute) {
        Map<Assignment, String> partner = new IdentityHashMap<>();
        for (Map.Entry<String, Map<String, List<Assignment>>> from : byRoute.entrySet()) {
            for (Map.Entry<String, List<Assignment>> route : from.getValue().entrySet()) {
                if (from.getKey().compareTo(route.getKey()) > 0) {
                    continue;
                }
                Map<String, List<Assignment>> backFrom = byRoute.get(route.getKey());
                List<Assignment> back = backFrom == null ? null : backFrom.get(from.getKey());
                if (back != null) {
                    pair(sorted(route.getValue()), sorted(back), partner);
                }
            }
        }
        return partner;
    }

    private static void pair(List<Assignment> there, List<Assignment> returning, Map<Assignment, String> partner) {
        for (int i = 0; i < Math.min(there.size(), returning.size()); i++) {
            partner.put(there.get(i), returning.get(i).candidate().teacherId());
            partner.put(returning.get(i), there.get(i).candidate().teacherId());
        }
    }

    private static Move move(Assignment a, String pairedWith, PlannerParameters parameters) {
        RotationForm form = pairedWith != null ? RotationForm.PAIRED_EXCHANGE : formOf(a, parameters);
        return new Move(a.candidate().teacherId(), a.from().id(), a.candidate().postId(), a.to().id(),
                a.candidate().subject(), form, parameters.termYears(form), a.directions(), a.vacancyIndex() + 1,
                a.cost(), pairedWith, reasons(a, form, pairedWith));
    }

    static RotationForm formOf(Assignment a, PlannerParameters parameters) {
        if (a.candidate().young() && a.from().tier() == Tier.WEAK && a.to().tier() == Tier.STRONG) {
            return RotationForm.SHADOWING;
        }
        boolean sameCommunity = a.from().community() != null && Objects.equals(a.from().community(), a.to().community());
        boolean sameDistrict = a.from().district().equals(a.to().district()) && a.from().county().equals(a.to().county());
        if ((sameCommunity || sameDistrict) && parameters.itinerantSubjects().contains(a.candidate().subject())
                && a.destination().vacancies() <= parameters.itinerantMaxShortage()) {
            return RotationForm.ITINERANT;
        }
        if (a.to().location().rurality() > a.from().location().rurality()) {
            return RotationForm.SUPPORT_TEACHING;
        }
        return RotationForm.COMPETITION;
    }

    private static List<Assignment> sorted(List<Assignment> list) {
        List<Assignment> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(a -> a.candidate().teacherId()));
        return copy;
    }

    private static final Map<Direction, Explanation> DIRECTION_REASONS = directionReasons();

    private static Map<Direction, Explanation> directionReasons() {
        Map<Direction, Explanation> reasons = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            reasons.put(d, new Explanation(d.name(), d.en(), d.zh()));
        }
        return reasons;
    }

    private static final Explanation SHADOWING = new Explanation("FORM_SHADOWING",
            "a young teacher of a weak school shadows at a strong school for a term",
            "薄弱学校青年教师到优质学校跟岗研修一个周期");
    private static final Explanation ITINERANT = new Explanation("FORM_ITINERANT",
            "a small shortage in the same community or district, taught itinerantly",
            "同一共同体或学区内的少量缺口，以走教方式解决");
    private static final Explanation SUPPORT_TEACHING = new Explanation("FORM_SUPPORT_TEACHING",
            "support teaching at a more rural school for a term, then return",
            "到更偏远的学校支教一个周期后返回");
    private static final Explanation COMPETITION = new Explanation("FORM_COMPETITION",
            "the post is offered as an internal cross-school competition; this teacher is the planned candidate",
            "该岗位以跨校竞聘方式面向系统内开放，本教师为拟定人选");

    private static List<Explanation> reasons(Assignment a, RotationForm form, String pairedWith) {
        List<Direction> directions = a.directions();
        Explanation[] reasons = new Explanation[directions.size() + 3];
        int i = 0;
        for (Direction d : directions) {
            reasons[i++] = DIRECTION_REASONS.get(d);
        }
        String subject = a.candidate().subject();
        int vacancy = a.vacancyIndex() + 1;
        int vacancies = a.destination().vacancies();
        String school = a.to().id();
        reasons[i++] = new Explanation("SHORTAGE_FILLED",
                new StringBuilder(64).append("fills vacancy ").append(vacancy).append(" of ").append(vacancies).append(" in ")
                        .append(subject).append(" at school ").append(school).toString(),
                new StringBuilder(48).append("填补学校 ").append(school).append(' ').append(Subjects.chineseName(subject)).append("学科 ").append(vacancies)
                        .append(" 个空岗中的第 ").append(vacancy).append(" 个").toString());
        reasons[i++] = switch (form) {
            case PAIRED_EXCHANGE -> new Explanation("FORM_PAIRED_EXCHANGE",
                    new StringBuilder(80).append("paired exchange: teacher ").append(pairedWith)
                            .append(" moves the other way between the two schools").toString(),
                    new StringBuilder(32).append("结对交流：教师 ").append(pairedWith).append(" 在两校间反向交流").toString());
            case SHADOWING -> SHADOWING;
            case ITINERANT -> ITINERANT;
            case SUPPORT_TEACHING -> SUPPORT_TEACHING;
            case COMPETITION -> COMPETITION;
        };
        CostTerms cost = a.cost();
        reasons[i] = new Explanation("COST_TERMS",
                new StringBuilder(96).append("cost ").append(cost.total()).append(" = priority ").append(cost.priority())
                        .append(" + travel ").append(cost.travel()).append(" (").append(cost.travelKm()).append(" km) + backbone ")
                        .append(cost.backbone()).append(" + coverage ").append(cost.coverage()).toString(),
                new StringBuilder(64).append("成本 ").append(cost.total()).append(" = 优先级 ").append(cost.priority())
                        .append(" + 路程 ").append(cost.travel()).append("（").append(cost.travelKm()).append(" 公里）+ 骨干教师 ")
                        .append(cost.backbone()).append(" + 缺口覆盖 ").append(cost.coverage()).toString());
        return List.of(reasons);
    }
}
