package org.county.staffing.infra.county;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.county.staffing.infra.county.CountyModel.CommunitySpec;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.county.CountyModel.TeacherSpec;

/**
 * A deterministic (seeded) county built from the seed document's figures: 74 schools and
 * kindergartens (56 K-12 schools, 16 kindergartens, one vocational and one special-education
 * school), urban, town and rural, in the districts of a county-level city; enrollments that give
 * about 5,592 K-12 quotas at 1:12.5 / 1:13.5 / 1:19; teachers near that number with tenures of
 * which about a third reach six years at one school; subject surpluses and shortages; ten
 * development communities. {@link Scale#SMALL} makes a county of the same shape for fast tests.
 */
public final class CountyGenerator {

    public static final String COUNTY = "370683";
    public static final String PREVIOUS_YEAR = "2023-2024";
    public static final String CURRENT_YEAR = "2026-2027";
    /** The demo teacher user's teacher_id claim (deploy/keycloak/county-realm.json). */
    public static final String DEMO_TEACHER_ID = "7e0d3f52-9a1c-4c1e-8d4e-000000000001";

    public enum Scale {
        /** The seed's county: 74 schools and kindergartens. */
        FULL(4, 18, 2, 32, 16, 1, 1, 1.0),
        /** The same shape at about a tenth, for the cross-service tests. */
        SMALL(1, 3, 1, 5, 2, 1, 1, 0.35);

        final int senior;
        final int junior;
        final int nineYear;
        final int primary;
        final int kindergarten;
        final int vocational;
        final int special;
        final double size;

        Scale(int senior, int junior, int nineYear, int primary, int kindergarten, int vocational, int special, double size) {
            this.senior = senior;
            this.junior = junior;
            this.nineYear = nineYear;
            this.primary = primary;
            this.kindergarten = kindergarten;
            this.vocational = vocational;
            this.special = special;
            this.size = size;
        }
    }

    /** Districts (學區) of the county-level city, with the town seat's coordinates. */
    private static final String[][] DISTRICTS = {
            {"城区学区", "URBAN", "37.182", "119.942"},
            {"沙河学区", "TOWN", "37.070", "120.133"},
            {"朱桥学区", "TOWN", "37.350", "120.071"},
            {"郭家店学区", "RURAL", "37.040", "120.232"},
            {"平里店学区", "RURAL", "37.290", "120.045"},
            {"驿道学区", "RURAL", "37.140", "120.300"},
            {"程郭学区", "RURAL", "37.100", "119.870"},
            {"金城学区", "TOWN", "37.420", "120.170"},
    };

    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力海燕玲峰波宁晓晨雪梅琳斌浩鹏亮志宇欣怡佳瑶".split("");

    private final Random random;
    private final Scale scale;
    private final Map<String, Integer> namesTaken = new java.util.HashMap<>();

    private CountyGenerator(long seed, Scale scale) {
        this.random = new Random(seed);
        this.scale = scale;
    }

    public static CountyModel generate(long seed, Scale scale) {
        return new CountyGenerator(seed, scale).build();
    }

    private CountyModel build() {
        List<SchoolSpec> schools = new ArrayList<>();
        int number = 1;
        // the demo school users: 1370683001 is an urban primary school, 1370683040 a rural one
        number = addSchools(schools, number, scale.primary, "SCHOOL", List.of("PRIMARY"), "小学");
        number = addSchools(schools, number, scale.junior, "SCHOOL", List.of("JUNIOR"), "初级中学");
        number = addSchools(schools, number, scale.nineYear, "SCHOOL", List.of("PRIMARY", "JUNIOR"), "九年一贯制学校");
        number = addSchools(schools, number, scale.senior, "SCHOOL", List.of("SENIOR"), "高级中学");
        number = addSchools(schools, number, scale.kindergarten, "KINDERGARTEN", List.of("KINDERGARTEN"), "幼儿园");
        number = addSchools(schools, number, scale.vocational, "VOCATIONAL", List.of("VOCATIONAL"), "职业中等专业学校");
        addSchools(schools, number, scale.special, "SPECIAL_EDUCATION", List.of("SPECIAL"), "特殊教育学校");
        if (scale == Scale.FULL) {
            placeDemoSchools(schools);
        }
        List<TeacherSpec> teachers = new ArrayList<>();
        for (SchoolSpec school : schools) {
            teachers.addAll(teachersOf(school));
        }
        if (!teachers.isEmpty()) {
            TeacherSpec first = teachers.get(0);
            teachers.set(0, new TeacherSpec(DEMO_TEACHER_ID, first.name(), first.gender(), first.birthDate(), first.idNumber(),
                    first.subjects(), first.title(), first.firstHireDate(), first.schoolId(), first.atSchoolSince(),
                    first.backbone(), first.lastGrade(), first.lastScore()));
        }
        return new CountyModel(COUNTY, PREVIOUS_YEAR, CURRENT_YEAR, schools, teachers, communities(schools));
    }

    private int addSchools(List<SchoolSpec> schools, int number, int count, String kind, List<String> stages, String suffix) {
        for (int i = 0; i < count; i++, number++) {
            String[] district = DISTRICTS[pickDistrict(kind, i)];
            String location = district[1];
            String id = "1" + COUNTY + String.format("%03d", number);
            int ordinal = namesTaken.merge(district[0] + suffix, 1, Integer::sum);
            String name = district[0].replace("学区", "") + (count > 1 ? chineseOrdinal(ordinal) : "") + suffix;
            String tier = tierFor(location);
            Map<String, Integer> previous = new LinkedHashMap<>();
            Map<String, Integer> current = new LinkedHashMap<>();
            Map<String, Integer> classes = new LinkedHashMap<>();
            for (String stage : stages) {
                int base = (int) Math.round(baseStudents(stage, location) * scale.size * (0.75 + random.nextDouble() * 0.5));
                // enrollment moves from rural schools to town and city schools (城镇化)
                double drift = switch (location) {
                    case "URBAN" -> 1.06 + random.nextDouble() * 0.10;
                    case "TOWN" -> 0.97 + random.nextDouble() * 0.08;
                    default -> 0.78 + random.nextDouble() * 0.12;
                };
                int now = Math.max(20, (int) Math.round(base * drift));
                previous.put(stage, Math.max(20, base));
                current.put(stage, now);
                classes.put(stage, Math.max(1, (int) Math.ceil(now / (double) classSize(stage))));
            }
            double lat = Double.parseDouble(district[2]) + (random.nextDouble() - 0.5) * 0.06;
            double lon = Double.parseDouble(district[3]) + (random.nextDouble() - 0.5) * 0.06;
            schools.add(new SchoolSpec(id, name, kind, stages, location, district[0], tier,
                    round(lat), round(lon), previous, current, classes, subjectWeights(stages)));
        }
        return number;
    }

    /** Makes 1370683001 urban and 1370683040 rural, as the demo school users expect. */
    private void placeDemoSchools(List<SchoolSpec> schools) {
        SchoolSpec first = schools.get(0);
        if (!"URBAN".equals(first.location())) {
            for (int i = 1; i < schools.size(); i++) {
                SchoolSpec candidate = schools.get(i);
                if ("URBAN".equals(candidate.location()) && candidate.kind().equals(first.kind()) && candidate.stages().equals(first.stages())) {
                    schools.set(0, withId(candidate, first.id()));
                    schools.set(i, withId(first, candidate.id()));
                    break;
                }
            }
        }
    }

    private static SchoolSpec withId(SchoolSpec s, String id) {
        return new SchoolSpec(id, s.name(), s.kind(), s.stages(), s.location(), s.district(), s.tier(), s.latitude(), s.longitude(),
                s.previousStudents(), s.currentStudents(), s.currentClasses(), s.subjectWeights());
    }

    private int pickDistrict(String kind, int index) {
        if (kind.equals("VOCATIONAL") || kind.equals("SPECIAL_EDUCATION")) {
            return 0;
        }
        if (kind.equals("SCHOOL") && index == 0) {
            return 0;
        }
        // a third of the schools in the city, the rest spread over the towns and villages
        return random.nextDouble() < 0.3 ? 0 : 1 + random.nextInt(DISTRICTS.length - 1);
    }

    private String tierFor(String location) {
        double r = random.nextDouble();
        return switch (location) {
            case "URBAN" -> r < 0.55 ? "STRONG" : r < 0.9 ? "ORDINARY" : "WEAK";
            case "TOWN" -> r < 0.2 ? "STRONG" : r < 0.75 ? "ORDINARY" : "WEAK";
            default -> r < 0.05 ? "STRONG" : r < 0.5 ? "ORDINARY" : "WEAK";
        };
    }

    private static int baseStudents(String stage, String location) {
        boolean rural = location.equals("RURAL");
        return switch (stage) {
            case "PRIMARY" -> rural ? 900 : 2100;
            case "JUNIOR" -> rural ? 700 : 1350;
            case "SENIOR" -> 2700;
            case "KINDERGARTEN" -> rural ? 180 : 420;
            case "VOCATIONAL" -> 3200;
            case "SPECIAL" -> 260;
            default -> 500;
        };
    }

    private static int classSize(String stage) {
        return switch (stage) {
            case "PRIMARY" -> 45;
            case "JUNIOR", "SENIOR", "VOCATIONAL" -> 50;
            case "KINDERGARTEN" -> 30;
            case "SPECIAL" -> 12;
            default -> 40;
        };
    }

    /** Relative need of each subject at a school's stages. */
    private static Map<String, Integer> subjectWeights(List<String> stages) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String stage : stages) {
            switch (stage) {
                case "PRIMARY" -> {
                    add(weights, "CHINESE", 30); add(weights, "MATHEMATICS", 25); add(weights, "ENGLISH", 10);
                    add(weights, "SCIENCE", 6); add(weights, "MUSIC", 6); add(weights, "PE", 8); add(weights, "ART", 6);
                    add(weights, "IT", 3); add(weights, "POLITICS", 4); add(weights, "PSYCHOLOGY", 2);
                }
                case "JUNIOR" -> {
                    add(weights, "CHINESE", 16); add(weights, "MATHEMATICS", 16); add(weights, "ENGLISH", 14);
                    add(weights, "PHYSICS", 8); add(weights, "CHEMISTRY", 6); add(weights, "BIOLOGY", 6);
                    add(weights, "HISTORY", 6); add(weights, "GEOGRAPHY", 6); add(weights, "POLITICS", 6);
                    add(weights, "MUSIC", 3); add(weights, "PE", 6); add(weights, "ART", 3); add(weights, "IT", 2);
                    add(weights, "PSYCHOLOGY", 2);
                }
                case "SENIOR" -> {
                    add(weights, "CHINESE", 14); add(weights, "MATHEMATICS", 14); add(weights, "ENGLISH", 14);
                    add(weights, "PHYSICS", 10); add(weights, "CHEMISTRY", 9); add(weights, "BIOLOGY", 9);
                    add(weights, "HISTORY", 7); add(weights, "GEOGRAPHY", 7); add(weights, "POLITICS", 7);
                    add(weights, "PE", 4); add(weights, "IT", 3); add(weights, "ART", 1); add(weights, "MUSIC", 1);
                }
                case "KINDERGARTEN" -> add(weights, "PRESCHOOL", 100);
                case "VOCATIONAL" -> {
                    add(weights, "IT", 30); add(weights, "CHINESE", 15); add(weights, "MATHEMATICS", 15);
                    add(weights, "ENGLISH", 15); add(weights, "PE", 10); add(weights, "ART", 15);
                }
                case "SPECIAL" -> {
                    add(weights, "SPECIAL_EDUCATION", 80); add(weights, "PSYCHOLOGY", 10); add(weights, "PE", 10);
                }
                default -> add(weights, "CHINESE", 1);
            }
        }
        return weights;
    }

    private static void add(Map<String, Integer> weights, String subject, int weight) {
        weights.merge(subject, weight, Integer::sum);
    }

    /**
     * Teachers at a school: about the previous verification's quota (the staff it was given then),
     * with tenures spread so that roughly a third have six or more years at the school.
     */
    private List<TeacherSpec> teachersOf(SchoolSpec school) {
        int staff = (int) Math.round(previousQuota(school) * (0.93 + random.nextDouble() * 0.05));
        List<String> subjects = distribute(school.subjectWeights(), staff);
        List<TeacherSpec> teachers = new ArrayList<>();
        for (String subject : subjects) {
            teachers.add(teacher(school, subject));
        }
        return teachers;
    }

    /** The quota the previous verification gave: students / students-per-staff per stage, rounded up. */
    public static int previousQuota(SchoolSpec school) {
        int quota = 0;
        for (Map.Entry<String, Integer> e : school.previousStudents().entrySet()) {
            quota += (int) Math.ceil(e.getValue() / studentsPerStaff(e.getKey()));
        }
        return quota;
    }

    /** The seed's K-12 standards and the provincial defaults assumed for the other stages. */
    public static double studentsPerStaff(String stage) {
        return switch (stage) {
            case "SENIOR" -> 12.5;
            case "JUNIOR" -> 13.5;
            case "PRIMARY" -> 19.0;
            case "KINDERGARTEN" -> 7.0;
            case "VOCATIONAL" -> 12.0;
            case "SPECIAL" -> 3.0;
            default -> 15.0;
        };
    }

    /** Largest-remainder split of {@code total} teachers over the subjects by weight, with some noise. */
    private List<String> distribute(Map<String, Integer> weights, int total) {
        Map<String, Double> noisy = new LinkedHashMap<>();
        weights.forEach((subject, weight) -> noisy.put(subject, weight * (0.7 + random.nextDouble() * 0.6)));
        double sum = noisy.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int assigned = 0;
        for (Map.Entry<String, Double> e : noisy.entrySet()) {
            double exact = total * e.getValue() / sum;
            counts.put(e.getKey(), (int) Math.floor(exact));
            assigned += (int) Math.floor(exact);
            remainders.add(Map.entry(e.getKey(), exact - Math.floor(exact)));
        }
        remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        for (int i = 0; assigned < total; i++, assigned++) {
            counts.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>();
        counts.forEach((subject, n) -> {
            for (int i = 0; i < n; i++) {
                out.add(subject);
            }
        });
        return out;
    }

    private TeacherSpec teacher(SchoolSpec school, String subject) {
        boolean female = random.nextDouble() < (subject.equals("PRESCHOOL") ? 0.97 : 0.68);
        int age = 23 + (int) Math.floor(Math.pow(random.nextDouble(), 1.1) * 37);
        LocalDate birth = LocalDate.of(2026 - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate firstHire = LocalDate.of(Math.min(2025, birth.getYear() + 22 + random.nextInt(3)), 9, 1);
        int career = 2026 - firstHire.getYear();
        // tenure at this school: a third of the teachers have six or more years here
        int atSchool = Math.min(career, random.nextDouble() < 0.40 ? 6 + random.nextInt(Math.max(1, 14)) : random.nextInt(6));
        LocalDate since = LocalDate.of(2026 - Math.max(0, atSchool), 9, 1);
        if (since.isBefore(firstHire)) {
            since = firstHire;
        }
        String title = titleFor(age);
        boolean backbone = age >= 32 && random.nextDouble() < ("STRONG".equals(school.tier()) ? 0.16 : 0.07);
        double quality = random.nextDouble() + ("STRONG".equals(school.tier()) ? 0.12 : "WEAK".equals(school.tier()) ? -0.10 : 0);
        String grade = quality > 0.85 ? "EXCELLENT" : quality > 0.12 ? "COMPETENT" : quality > 0.02 ? "BASIC" : "UNQUALIFIED";
        int score = switch (grade) {
            case "EXCELLENT" -> 90 + random.nextInt(10);
            case "COMPETENT" -> 75 + random.nextInt(15);
            case "BASIC" -> 60 + random.nextInt(15);
            default -> 40 + random.nextInt(20);
        };
        List<String> subjects = new ArrayList<>(List.of(subject));
        if (random.nextDouble() < 0.15) {
            String second = school.subjectWeights().keySet().stream().skip(random.nextInt(school.subjectWeights().size())).findFirst().orElse(subject);
            if (!second.equals(subject)) {
                subjects.add(second);
            }
        }
        String id = new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
        return new TeacherSpec(id, name(female), female ? "FEMALE" : "MALE", birth, idNumber(birth, female), subjects, title,
                firstHire, school.id(), since, backbone, grade, score);
    }

    private String titleFor(int age) {
        double r = random.nextDouble();
        if (age < 27) {
            return r < 0.6 ? "NONE" : "SECOND";
        }
        if (age < 35) {
            return r < 0.6 ? "SECOND" : "FIRST";
        }
        if (age < 45) {
            return r < 0.55 ? "FIRST" : r < 0.95 ? "SENIOR" : "SECOND";
        }
        return r < 0.45 ? "SENIOR" : r < 0.9 ? "FIRST" : r < 0.97 ? "SECOND" : "SENIOR_PROFESSOR";
    }

    private String name(boolean female) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String given = GIVEN[random.nextInt(GIVEN.length)];
        if (random.nextDouble() < 0.7) {
            given += GIVEN[random.nextInt(GIVEN.length)];
        }
        return surname + given;
    }

    /** A valid 18-character resident ID number (GB 11643-1999) of this county. */
    private String idNumber(LocalDate birth, boolean female) {
        int sequence = random.nextInt(500) * 2 + (female ? 0 : 1);
        String body = COUNTY + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence);
        return body + checkDigit(body);
    }

    public static char checkDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** Ten communities (FULL): a strong urban lead with town and rural members, 1+1 or 1+N. */
    private List<CommunitySpec> communities(List<SchoolSpec> schools) {
        List<SchoolSpec> k12 = schools.stream().filter(s -> s.kind().equals("SCHOOL")).toList();
        List<SchoolSpec> leads = new ArrayList<>(k12.stream().filter(s -> s.tier().equals("STRONG")).toList());
        List<SchoolSpec> members = new ArrayList<>(k12.stream().filter(s -> !s.tier().equals("STRONG")).toList());
        int count = Math.min(scale == Scale.FULL ? 10 : 2, Math.min(leads.size(), members.size()));
        List<CommunitySpec> communities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SchoolSpec lead = leads.get(i);
            List<String> memberIds = new ArrayList<>();
            int size = i % 3 == 0 ? 1 : 2 + random.nextInt(2);
            for (int j = 0; j < size && !members.isEmpty(); j++) {
                memberIds.add(members.remove(random.nextInt(members.size())).id());
            }
            communities.add(new CommunitySpec(lead.name().replaceAll("(小学|初级中学|高级中学|九年一贯制学校)$", "") + "教育发展共同体",
                    lead.id(), memberIds));
        }
        return communities;
    }

    private static String chineseOrdinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return "第" + digits[n];
        }
        return "第" + (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10];
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
