package org.county.staffing.infra.county;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.county.staffing.infra.county.CountyModel.CommunitySpec;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
import org.county.staffing.infra.county.CountyModel.SecondmentSpec;
import org.county.staffing.infra.county.CountyModel.TeacherSpec;

/**
 * A deterministic (seeded) county built from the seed document's figures: 74 schools and
 * kindergartens (56 K-12 schools, 16 kindergartens, one vocational and one special-education
 * school), urban, town and rural, in the districts of a county-level city. This year's enrollment
 * gives exactly 5,592 K-12 and 1,086 other quotas under the standards ({@link StaffingStandard});
 * the previous triennial verification's enrollment, before pupils moved from the villages to the
 * towns (城镇化), gave rural schools more and urban schools less. HR set up teaching posts by
 * subject within that previous quota; about 6,400 teachers hold them, with tenures of which about
 * a third reach six years at one school; some schools have teachers teaching outside their main
 * subject (a surplus in it); ten development communities; a few secondments, one of them never
 * approved and one past its period. {@link Scale#SMALL} makes a county of the same shape for tests.
 */
public final class CountyGenerator {

    public static final String COUNTY = "370683";
    public static final String PREVIOUS_YEAR = "2023-2024";
    public static final String EVALUATION_YEAR = "2025-2026";
    public static final String CURRENT_YEAR = "2026-2027";
    /** 1 September of the current school year: tenures and ages are counted to it. */
    public static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);
    /** The demo teacher user's teacher_id claim (deploy/keycloak/county-realm.json). */
    public static final String DEMO_TEACHER_ID = "7e0d3f52-9a1c-4c1e-8d4e-000000000001";
    /** The seed's county totals under the standards. */
    public static final int K12_QUOTA = 5592;
    public static final int OTHER_QUOTA = 1086;
    /** The previous verification's totals: enrollment grew since, in the towns and the city. */
    static final int PREVIOUS_K12_QUOTA = 5480;
    static final int PREVIOUS_OTHER_QUOTA = 1060;

    public enum Scale {
        /** The seed's county: 74 schools and kindergartens. */
        FULL(4, 18, 2, 32, 16, 1, 1, 1.0),
        /** The same shape at a much smaller size, for the cross-service tests. */
        SMALL(1, 3, 1, 4, 2, 1, 1, 0.22);

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

    /**
     * What kind of county-level unit a county is: how many of its schools stand in the city, and
     * how large its schools are against the seed's.
     */
    public enum Shape {
        /** A city district (市辖区): most schools in the city, large ones. */
        URBAN_DISTRICT(0.8, 1.3),
        /** A county-level city like the seed's (县级市): a third of the schools in the city. */
        COUNTY_CITY(0.3, 1.0),
        /** A rural county (县): a few schools in the county town, small ones spread over the villages. */
        RURAL_COUNTY(0.1, 0.7);

        final double urbanShare;
        final double schoolSize;

        Shape(double urbanShare, double schoolSize) {
            this.urbanShare = urbanShare;
            this.schoolSize = schoolSize;
        }
    }

    /** One county of a province: its code, name, shape and how many schools it has against the seed (1.0). */
    public record ProvinceCounty(String countyId, String name, Shape shape, double schools) {
    }

    /**
     * Counties of Shandong a province data set draws from, the seed's first; beyond them the codes
     * {@code 3790xx} are made up, in the same mix of shapes.
     */
    private static final List<ProvinceCounty> PROVINCE = List.of(
            new ProvinceCounty(COUNTY, "莱州市", Shape.COUNTY_CITY, 1.0),
            new ProvinceCounty("370102", "历下区", Shape.URBAN_DISTRICT, 0.8),
            new ProvinceCounty("371526", "高唐县", Shape.RURAL_COUNTY, 1.3),
            new ProvinceCounty("370281", "胶州市", Shape.COUNTY_CITY, 1.2),
            new ProvinceCounty("370124", "平阴县", Shape.RURAL_COUNTY, 0.9),
            new ProvinceCounty("370303", "张店区", Shape.URBAN_DISTRICT, 1.0),
            new ProvinceCounty("371323", "沂水县", Shape.RURAL_COUNTY, 1.6),
            new ProvinceCounty("370285", "莱西市", Shape.COUNTY_CITY, 0.9),
            new ProvinceCounty("370126", "商河县", Shape.RURAL_COUNTY, 1.1),
            new ProvinceCounty("370602", "芝罘区", Shape.URBAN_DISTRICT, 0.9),
            new ProvinceCounty("371122", "莒县", Shape.RURAL_COUNTY, 1.5),
            new ProvinceCounty("370687", "海阳市", Shape.COUNTY_CITY, 0.8),
            new ProvinceCounty("370322", "高青县", Shape.RURAL_COUNTY, 0.6),
            new ProvinceCounty("370502", "东营区", Shape.URBAN_DISTRICT, 0.9),
            new ProvinceCounty("370724", "临朐县", Shape.RURAL_COUNTY, 1.2),
            new ProvinceCounty("370522", "利津县", Shape.RURAL_COUNTY, 0.7),
            new ProvinceCounty("370112", "历城区", Shape.URBAN_DISTRICT, 1.3),
            new ProvinceCounty("371428", "武城县", Shape.RURAL_COUNTY, 0.6),
            new ProvinceCounty("370211", "黄岛区", Shape.URBAN_DISTRICT, 1.4),
            new ProvinceCounty("370781", "青州市", Shape.COUNTY_CITY, 1.1));

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
    /** Main subjects that a school can have more teachers of than posts (they teach minor subjects). */
    private static final List<String> SURPLUS_SUBJECTS = List.of("CHINESE", "MATHEMATICS", "ENGLISH");
    private static final List<String> MINOR_SUBJECTS = List.of("MUSIC", "ART", "PE", "IT", "PSYCHOLOGY", "SCIENCE");

    private final Random random;
    private final Scale scale;
    private final String countyId;
    private final Shape shape;
    /** The number of schools of each kind against the scale's. */
    private final double schools;
    private final Map<String, Integer> namesTaken = new java.util.HashMap<>();
    private final Set<String> idNumbers = new HashSet<>();

    private CountyGenerator(long seed, Scale scale, String countyId, Shape shape, double schools) {
        // the county and the scale enter the stream: two generated counties never share a teacher id
        this.random = new Random(seed * 1_000_003L + Long.parseLong(countyId) * 31 + scale.ordinal());
        this.scale = scale;
        this.countyId = countyId;
        this.shape = shape;
        this.schools = schools;
    }

    public static CountyModel generate(long seed, Scale scale) {
        return generate(seed, scale, COUNTY);
    }

    /** A county of the given 6-digit code; school ids are {@code 1 + county + three digits}. */
    public static CountyModel generate(long seed, Scale scale, String countyId) {
        if (!countyId.matches("\\d{6}")) {
            throw new IllegalArgumentException("a county is a 6-digit administrative code, not " + countyId);
        }
        return new CountyGenerator(seed, scale, countyId, Shape.COUNTY_CITY, 1.0).build();
    }

    /**
     * A county of the given shape with {@code schools} times the scale's schools of each kind (at
     * least one of each). Its enrollment is its own: only the seed's county (shape
     * {@link Shape#COUNTY_CITY}, 1.0) is calibrated to the seed's quota totals.
     */
    public static CountyModel generate(long seed, Scale scale, String countyId, Shape shape, double schools) {
        if (!countyId.matches("\\d{6}")) {
            throw new IllegalArgumentException("a county is a 6-digit administrative code, not " + countyId);
        }
        if (!(schools > 0 && schools <= 10)) {
            throw new IllegalArgumentException("a county has more than 0 and at most 10 times the seed's schools, not " + schools);
        }
        return new CountyGenerator(seed, scale, countyId, shape, schools).build();
    }

    /** The first {@code n} counties of a province data set (the seed's county first), each its own shape and size. */
    public static List<ProvinceCounty> provinceCounties(int n) {
        if (n < 1 || n > 200) {
            throw new IllegalArgumentException("a province data set has 1 to 200 counties, not " + n);
        }
        List<ProvinceCounty> counties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ProvinceCounty model = PROVINCE.get(i % PROVINCE.size());
            counties.add(i < PROVINCE.size() ? model
                    : new ProvinceCounty(String.format("3790%02d", i - PROVINCE.size()), "县" + (i + 1), model.shape(), model.schools()));
        }
        return counties;
    }

    /** {@code n} counties of different sizes and shapes (urban districts, county-level cities, rural counties). */
    public static List<CountyModel> province(long seed, int n, Scale scale) {
        return provinceCounties(n).stream().map(c -> generate(seed, scale, c.countyId(), c.shape(), c.schools())).toList();
    }

    private CountyModel build() {
        List<Draft> drafts = new ArrayList<>();
        int number = 1;
        // the demo school users: 1370683001 is an urban primary school, 1370683040 a rural one
        number = addSchools(drafts, number, count(scale.primary), "SCHOOL", List.of("PRIMARY"), "小学");
        number = addSchools(drafts, number, count(scale.junior), "SCHOOL", List.of("JUNIOR"), "初级中学");
        number = addSchools(drafts, number, count(scale.nineYear), "SCHOOL", List.of("PRIMARY", "JUNIOR"), "九年一贯制学校");
        number = addSchools(drafts, number, count(scale.senior), "SCHOOL", List.of("SENIOR"), "高级中学");
        number = addSchools(drafts, number, count(scale.kindergarten), "KINDERGARTEN", List.of("KINDERGARTEN"), "幼儿园");
        number = addSchools(drafts, number, scale.vocational, "VOCATIONAL", List.of("VOCATIONAL"), "职业中等专业学校");
        addSchools(drafts, number, scale.special, "SPECIAL_EDUCATION", List.of("SPECIAL"), "特殊教育学校");
        if (scale == Scale.FULL) {
            placeDemoSchools(drafts);
            makeVillageSchool(drafts);
            if (seedShaped()) {
                calibrate(drafts, true, K12_QUOTA, OTHER_QUOTA);
                calibrate(drafts, false, PREVIOUS_K12_QUOTA, PREVIOUS_OTHER_QUOTA);
            }
        }
        List<SchoolSpec> schools = new ArrayList<>();
        List<TeacherSpec> teachers = new ArrayList<>();
        for (Draft draft : drafts) {
            SchoolSpec school = draft.spec(draft.classes(false), draft.classes(true));
            int quota = previousQuota(school);
            Map<String, Integer> posts = distribute(school.subjectWeights(), quota);
            school = withPosts(school, posts);
            schools.add(school);
            teachers.addAll(teachersOf(school, quota));
        }
        if (!teachers.isEmpty() && COUNTY.equals(countyId)) {
            // the realm's teacher user laoshi is this teacher (the demo county only: ids are unique across counties)
            TeacherSpec first = teachers.get(0);
            teachers.set(0, new TeacherSpec(DEMO_TEACHER_ID, first.name(), first.gender(), first.birthDate(), first.idNumber(),
                    first.subjects(), first.title(), first.firstHireDate(), first.schoolId(), first.postSubject(),
                    first.atSchoolSince(), first.backbone(), first.lastGrade(), first.lastScore()));
        }
        return new CountyModel(countyId, PREVIOUS_YEAR, EVALUATION_YEAR, CURRENT_YEAR, schools, teachers,
                communities(schools), secondments(teachers));
    }

    /** Shaped as the seed's county: its quota totals are the seed's. */
    private boolean seedShaped() {
        return shape == Shape.COUNTY_CITY && schools == 1.0;
    }

    /** Schools of one kind: the scale's number times this county's size, at least one. */
    private int count(int ofScale) {
        return Math.max(1, (int) Math.round(ofScale * schools));
    }

    /** A school before its classes and posts are derived. */
    private static final class Draft {
        String id;
        String name;
        String kind;
        List<String> stages;
        String location;
        String district;
        String tier;
        double latitude;
        double longitude;
        Map<String, Integer> previous = new LinkedHashMap<>();
        Map<String, Integer> current = new LinkedHashMap<>();
        boolean village;

        SchoolSpec spec(Map<String, Integer> previousClasses, Map<String, Integer> currentClasses) {
            return new SchoolSpec(id, name, kind, stages, location, district, tier, latitude, longitude, Map.copyOf(previous),
                    previousClasses, Map.copyOf(current), currentClasses, subjectWeights(stages), Map.of());
        }

        Map<String, Integer> classes(boolean now) {
            return village ? villageClasses(now ? current : previous) : classesOf(now ? current : previous);
        }
    }

    private int addSchools(List<Draft> drafts, int number, int count, String kind, List<String> stages, String suffix) {
        for (int i = 0; i < count; i++, number++) {
            String[] district = DISTRICTS[pickDistrict(kind, i)];
            Draft d = new Draft();
            d.location = district[1];
            d.district = district[0];
            d.id = "1" + countyId + String.format("%03d", number);
            int ordinal = namesTaken.merge(district[0] + suffix, 1, Integer::sum);
            d.name = district[0].replace("学区", "") + (count > 1 ? chineseOrdinal(ordinal) : "") + suffix;
            d.kind = kind;
            d.stages = stages;
            d.tier = tierFor(d.location);
            for (String stage : stages) {
                int now = Math.max(20, (int) Math.round(baseStudents(stage, d.location) * scale.size * shape.schoolSize
                        * (0.75 + random.nextDouble() * 0.5)));
                // pupils moved from the villages to the towns and the city since the previous verification (城镇化)
                double drift = switch (d.location) {
                    case "URBAN" -> 1.07 + random.nextDouble() * 0.08;
                    case "TOWN" -> 0.98 + random.nextDouble() * 0.06;
                    default -> 0.80 + random.nextDouble() * 0.08;
                };
                d.current.put(stage, now);
                d.previous.put(stage, Math.max(20, (int) Math.round(now / drift)));
            }
            d.latitude = round(Double.parseDouble(district[2]) + (random.nextDouble() - 0.5) * 0.06);
            d.longitude = round(Double.parseDouble(district[3]) + (random.nextDouble() - 0.5) * 0.06);
            drafts.add(d);
        }
        return number;
    }

    /** Makes 1370683001 urban and 1370683040 rural, as the demo school users expect. */
    private static void placeDemoSchools(List<Draft> drafts) {
        Draft first = drafts.get(0);
        if (!"URBAN".equals(first.location)) {
            for (int i = 1; i < drafts.size(); i++) {
                Draft candidate = drafts.get(i);
                if ("URBAN".equals(candidate.location) && candidate.kind.equals(first.kind) && candidate.stages.equals(first.stages)) {
                    String id = first.id;
                    first.id = candidate.id;
                    candidate.id = id;
                    drafts.set(0, candidate);
                    drafts.set(i, first);
                    break;
                }
            }
        }
    }

    /** The last rural primary school is a village school (教學點) of six small classes: the small-school floor applies. */
    private static void makeVillageSchool(List<Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.kind.equals("SCHOOL") && d.stages.equals(List.of("PRIMARY")) && d.location.equals("RURAL")
                    && !d.id.endsWith("040")) {
                d.village = true;
                d.current.put("PRIMARY", 78);
                d.previous.put("PRIMARY", 96);
                d.name = d.name.replace("小学", "村小学");
                return;
            }
        }
    }

    /**
     * Scales one report's students (all but the village school's) so that the county's K-12 and
     * other schools need the given quotas under the standard, then corrects the largest school of
     * each pool by the few students that make the totals exact.
     */
    private static void calibrate(List<Draft> drafts, boolean now, int k12Target, int otherTarget) {
        for (boolean k12 : new boolean[] {true, false}) {
            int target = k12 ? k12Target : otherTarget;
            List<Draft> pool = drafts.stream().filter(d -> d.kind.equals("SCHOOL") == k12).toList();
            for (int round = 0; round < 4; round++) {
                int total = pool.stream().mapToInt(d -> required(d, now)).sum();
                double factor = (double) target / total;
                for (Draft d : pool) {
                    if (!d.village) {
                        Map<String, Integer> students = now ? d.current : d.previous;
                        students.replaceAll((stage, n) -> Math.max(20, (int) Math.round(n * factor)));
                    }
                }
            }
            Draft largest = pool.stream().filter(d -> !d.village)
                    .max(Comparator.comparingInt(d -> (now ? d.current : d.previous).values().stream().mapToInt(Integer::intValue).sum()))
                    .orElseThrow();
            Map<String, Integer> students = now ? largest.current : largest.previous;
            String stage = largest.stages.get(largest.stages.size() - 1);
            for (int guard = 0; guard < 100_000; guard++) {
                int total = pool.stream().mapToInt(d -> required(d, now)).sum();
                if (total == target) {
                    break;
                }
                students.merge(stage, total < target ? 1 : -1, Integer::sum);
            }
        }
    }

    private static int required(Draft d, boolean now) {
        return StaffingStandard.required(d.location, now ? d.current : d.previous, d.classes(now));
    }

    private static Map<String, Integer> classesOf(Map<String, Integer> students) {
        Map<String, Integer> classes = new LinkedHashMap<>();
        students.forEach((stage, n) -> classes.put(stage, Math.max(1, (int) Math.ceil(n / (double) classSize(stage)))));
        return classes;
    }

    private static Map<String, Integer> villageClasses(Map<String, Integer> students) {
        Map<String, Integer> classes = new LinkedHashMap<>();
        students.forEach((stage, n) -> classes.put(stage, Math.min(6, n)));
        return classes;
    }

    private static SchoolSpec withPosts(SchoolSpec s, Map<String, Integer> posts) {
        return new SchoolSpec(s.id(), s.name(), s.kind(), s.stages(), s.location(), s.district(), s.tier(), s.latitude(),
                s.longitude(), s.previousStudents(), s.previousClasses(), s.currentStudents(), s.currentClasses(),
                s.subjectWeights(), posts);
    }

    private int pickDistrict(String kind, int index) {
        if (kind.equals("VOCATIONAL") || kind.equals("SPECIAL_EDUCATION")) {
            return 0;
        }
        if (kind.equals("SCHOOL") && index == 0) {
            return 0;
        }
        // the shape's share of the schools in the city (a third in the seed's), the rest over the towns and villages
        return random.nextDouble() < shape.urbanShare ? 0 : 1 + random.nextInt(DISTRICTS.length - 1);
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

    /** The quota the previous verification gave the school. */
    public static int previousQuota(SchoolSpec school) {
        return StaffingStandard.required(school.location(), school.previousStudents(), school.previousClasses());
    }

    /** The quota this year's enrollment gives the school under the standard. */
    public static int currentQuota(SchoolSpec school) {
        return StaffingStandard.required(school.location(), school.currentStudents(), school.currentClasses());
    }

    /**
     * Teachers at a school: a little below the previous quota (the school had room for a few
     * hires), each on a teaching post of the school. The vacancies fall on subjects by their posts;
     * at some K-12 schools a few teachers of Chinese, mathematics or English teach a minor subject
     * on its post, so their main subject has more teachers than posts (學科富餘).
     */
    private List<TeacherSpec> teachersOf(SchoolSpec school, int quota) {
        int staff = Math.max(1, Math.min(quota, (int) Math.round(quota * (0.955 + random.nextDouble() * 0.035))));
        Map<String, Integer> occupied = new LinkedHashMap<>(school.teachingPosts());
        String surplus = null;
        if (school.kind().equals("SCHOOL") && staff >= 15 && random.nextDouble() < 0.45) {
            List<String> candidates = SURPLUS_SUBJECTS.stream().filter(s -> occupied.getOrDefault(s, 0) > 2).toList();
            surplus = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }
        for (int vacancies = quota - staff; vacancies > 0; vacancies--) {
            String subject = weightedPick(occupied, surplus);
            if (subject == null) {
                break;
            }
            occupied.merge(subject, -1, Integer::sum);
        }
        List<String[]> holders = new ArrayList<>();
        occupied.forEach((subject, n) -> {
            for (int i = 0; i < n; i++) {
                holders.add(new String[] {subject, subject});
            }
        });
        if (surplus != null) {
            List<Integer> minorPosts = new ArrayList<>();
            for (int i = 0; i < holders.size(); i++) {
                if (MINOR_SUBJECTS.contains(holders.get(i)[1])) {
                    minorPosts.add(i);
                }
            }
            int outside = Math.min(minorPosts.size(), 1 + random.nextInt(3));
            for (int i = 0; i < outside; i++) {
                int index = minorPosts.remove(random.nextInt(minorPosts.size()));
                holders.get(index)[0] = surplus;
            }
        }
        List<TeacherSpec> teachers = new ArrayList<>();
        for (String[] holder : holders) {
            teachers.add(teacher(school, holder[0], holder[1]));
        }
        return teachers;
    }

    /** A subject with an occupied post left, drawn by its number of them; never {@code excluded}. */
    private String weightedPick(Map<String, Integer> counts, String excluded) {
        int total = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(excluded)) {
                total += e.getValue();
            }
        }
        if (total == 0) {
            return null;
        }
        int pick = random.nextInt(total);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getKey().equals(excluded)) {
                continue;
            }
            pick -= e.getValue();
            if (pick < 0) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Largest-remainder split of {@code total} posts over the subjects by weight, with some noise. */
    private Map<String, Integer> distribute(Map<String, Integer> weights, int total) {
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
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private TeacherSpec teacher(SchoolSpec school, String mainSubject, String postSubject) {
        boolean female = random.nextDouble() < (mainSubject.equals("PRESCHOOL") ? 0.97 : 0.68);
        int age = 23 + (int) Math.floor(Math.pow(random.nextDouble(), 1.1) * 37);
        LocalDate birth = LocalDate.of(YEAR_START.getYear() - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate firstHire = LocalDate.of(Math.min(YEAR_START.getYear() - 1, birth.getYear() + 22 + random.nextInt(3)), 9, 1);
        int career = YEAR_START.getYear() - firstHire.getYear();
        // tenure at this school: about a third of the teachers have six or more years here
        int atSchool = Math.min(career, random.nextDouble() < 0.48 ? 6 + random.nextInt(14) : random.nextInt(6));
        LocalDate since = YEAR_START.minusYears(Math.max(0, atSchool));
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
        List<String> subjects = new ArrayList<>(List.of(mainSubject));
        if (!postSubject.equals(mainSubject)) {
            subjects.add(postSubject);
        } else if (random.nextDouble() < 0.15) {
            String second = school.subjectWeights().keySet().stream().skip(random.nextInt(school.subjectWeights().size()))
                    .findFirst().orElse(mainSubject);
            if (!second.equals(mainSubject)) {
                subjects.add(second);
            }
        }
        String id = new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
        return new TeacherSpec(id, name(female), female ? "FEMALE" : "MALE", birth, idNumber(birth, female), List.copyOf(subjects),
                title, firstHire, school.id(), postSubject, since, backbone, grade, score);
    }

    /**
     * A graduate applying for a post of the subject in an open campaign: 22 to 29 years old, with
     * an ID number of the county that no teacher has (sequences from 600 on).
     */
    public static CountyModel.Newcomer newcomer(String countyId, String subject, Random random, Set<String> taken) {
        boolean female = random.nextDouble() < (subject.equals("PRESCHOOL") ? 0.97 : 0.7);
        LocalDate birth = LocalDate.of(YEAR_START.getYear() - 22 - random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String given = GIVEN[random.nextInt(GIVEN.length)] + (random.nextDouble() < 0.7 ? GIVEN[random.nextInt(GIVEN.length)] : "");
        return new CountyModel.Newcomer(surname + given, female ? "FEMALE" : "MALE", birth,
                idNumber(countyId, birth, female, random, 600, taken), List.of(subject), random.nextDouble() < 0.7 ? "NONE" : "SECOND");
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
        return idNumber(countyId, birth, female, random, 0, idNumbers);
    }

    /**
     * A valid ID number of the county not in {@code taken}: the sequence (順序碼) is drawn from
     * {@code [base, base + 300)}, odd for men and even for women. The county's teachers use base 0;
     * newcomers (recruitment candidates) use 600, so that they never collide with a teacher.
     */
    public static String idNumber(String countyId, LocalDate birth, boolean female, Random random, int base,
                                  java.util.Set<String> taken) {
        String prefix = countyId + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
        for (int attempt = 0; attempt < 1000; attempt++) {
            int sequence = base + random.nextInt(150) * 2 + (female ? 0 : 1);
            String body = prefix + String.format("%03d", sequence);
            String number = body + checkDigit(body);
            if (taken.add(number)) {
                return number;
            }
        }
        throw new IllegalStateException("no free ID number for " + birth);
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
        int wanted = scale == Scale.FULL ? Math.max(2, (int) Math.round(10 * this.schools)) : 2;
        int count = Math.min(wanted, Math.min(leads.size(), members.size()));
        List<CommunitySpec> communities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SchoolSpec lead = leads.get(i);
            List<String> memberIds = new ArrayList<>();
            int size = i % 3 == 0 ? 1 : 2 + random.nextInt(2);
            for (int j = 0; j < size && !members.isEmpty(); j++) {
                memberIds.add(members.remove(random.nextInt(members.size())).id());
            }
            // a community is named after its lead without the stage ("城区第一" of 城区第一小学) unless another
            // lead of the county has that name too (城区第一初级中学): names are unique within a county
            String name = lead.name().replaceAll("(小学|初级中学|高级中学|九年一贯制学校)$", "") + "教育发展共同体";
            String named = name;
            if (communities.stream().anyMatch(c -> c.name().equals(named))) {
                name = lead.name() + "教育发展共同体";
            }
            communities.add(new CommunitySpec(name, lead.id(), memberIds));
        }
        return communities;
    }

    /**
     * Teachers lent out (抽調借用): approved ones within their period, one never approved and (FULL)
     * one past its period, which the staffing office's special inspection is to find.
     */
    private List<SecondmentSpec> secondments(List<TeacherSpec> teachers) {
        String[] institutions = {"县教育局教学研究室", "县委宣传部", "镇人民政府", "县教育局基建办公室"};
        int count = scale == Scale.FULL ? 4 : 2;
        List<SecondmentSpec> secondments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TeacherSpec t = teachers.get(1 + random.nextInt(teachers.size() - 1));
            if (secondments.stream().anyMatch(s -> s.teacherId().equals(t.id()))) {
                continue;
            }
            LocalDate from = YEAR_START;
            LocalDate until = YEAR_START.plusMonths(10);
            String approval = "县教人〔2026〕" + (11 + i) + "号";
            if (i == 1) {
                approval = null;
            } else if (i == 3) {
                from = YEAR_START.minusYears(1);
                until = YEAR_START.minusMonths(2);
            }
            secondments.add(new SecondmentSpec(t.id(), institutions[i % institutions.length], from, until, approval));
        }
        return secondments;
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
