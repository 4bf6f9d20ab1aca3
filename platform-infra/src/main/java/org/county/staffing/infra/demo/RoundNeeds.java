package org.county.staffing.infra.demo;

import java.util.Map;
import java.util.TreeMap;

/**
 * The quota a rotation round will need per pool (plain Java). A move within a pool costs its pool
 * nothing: the teacher's staff place and post go along, the home post is abolished in the plan. Two
 * kinds of move keep a post the pool's quota must hold without giving one back:
 * <ul>
 * <li>a support-teaching, shadowing or itinerant teacher keeps the home post, and the host's post
 * the teacher covers is kept too (it cannot be abolished while covered);</li>
 * <li>a teacher who moves into another pool is one more staff there, and quota is transferred only
 * within a pool (有减有增), so the pool the teacher leaves cannot pay for it.</li>
 * </ul>
 * The steps before the round (leadership posts, the recruitment campaign) leave this much of each
 * pool's free quota to the round, as a simulation of it shows, so that the plan can hold every move.
 */
public final class RoundNeeds {

    private RoundNeeds() {
    }

    /** A move as the count needs it: the schools' pools and the form. */
    public record Move(String fromPool, String toPool, String form) {
    }

    /** Per pool, the posts the round's moves add that the pool's quota must hold. */
    public static Map<String, Integer> perPool(Iterable<Move> moves) {
        Map<String, Integer> need = new TreeMap<>();
        for (Move m : moves) {
            if (m.toPool() == null) {
                continue;
            }
            boolean keepsHomePost = m.form() != null && PlanDrafting.KEEPS_HOME_POST.contains(m.form());
            if (keepsHomePost || !m.toPool().equals(m.fromPool())) {
                need.merge(m.toPool(), 1, Integer::sum);
            }
        }
        return need;
    }
}
