package com.touchpoint.satisfaction;

import com.touchpoint.shared.ScaleDataContributor;
import com.touchpoint.shared.ScalePlan;
import com.touchpoint.shared.ScaleProgress;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Exactly {@link ScalePlan#callbacks()} callbacks over the plan's period, delivered through {@link CallbackIntake} in
 * batches of {@value CallbackIntake#MAX_BATCH} like the survey platform's deliveries, so the rollups are kept by the
 * same code as in production. Each day gets its share (fewer at weekends), spread over the staff by post (hotline
 * agents take the most, front desk leads the fewest), with a strength per staff member, unreachable, refused and
 * late callbacks, complaints and comments.
 */
@Component
class SatisfactionScaleData implements ScaleDataContributor {

    private static final List<String> ITEMS = List.of("ATTITUDE", "EFFICIENCY", "PROFESSIONAL", "PROMISE", "RESOLUTION");
    private static final String[] PRAISE = {"师傅很耐心，讲解得很清楚", "办理很快，服务态度非常好", "问题一次就解决了，谢谢", "态度很好，专业"};
    private static final String[] COMPLAINT = {"等了很久，排队太慢", "说好三天修好，一个星期了还没人管", "解释不清楚，问了好几遍",
            "态度一般，感觉不耐烦"};
    private static final String[] NEUTRAL = {"还可以", "一般吧", "没什么意见", "希望以后能更快一点"};
    private static final String[] AGENTS = {"回访员 钱丽", "回访员 周洁", "回访员 孙强", "回访员 吴芳"};

    private final OrgStructure org;
    private final StaffDirectory directory;
    private final CallbackIntake intake;

    SatisfactionScaleData(OrgStructure org, StaffDirectory directory, CallbackIntake intake) {
        this.org = org;
        this.directory = directory;
        this.intake = intake;
    }

    @Override
    public String name() {
        return "callbacks";
    }

    @Override
    public int order() {
        return 20;
    }

    static double postWeight(String post) {
        return switch (post) {
            case "HOTLINE_AGENT" -> 3.0;
            case "FRONT_DESK_LEAD" -> 0.8;
            default -> 1.8;
        };
    }

    @Override
    public void contribute(ScalePlan plan, ScaleProgress progress) {
        Random random = plan.random(name());
        List<StaffRef> staff = new ArrayList<>();
        org.teams().stream().filter(t -> plan.owns(t.code())).sorted(Comparator.comparing(OrgUnitDetails::code))
                .forEach(t -> directory.teamRefs(t.id()).stream().filter(StaffRef::active)
                        .sorted(Comparator.comparing(StaffRef::employeeNo)).forEach(staff::add));
        if (staff.isEmpty() || plan.callbacks() == 0) {
            progress.done("no callbacks");
            return;
        }
        double[] cumulative = new double[staff.size()];
        double[] strength = new double[staff.size()];
        double sum = 0;
        for (int i = 0; i < staff.size(); i++) {
            sum += postWeight(staff.get(i).postCode());
            cumulative[i] = sum;
            strength[i] = random.nextGaussian() * 0.45;
        }
        List<LocalDate> days = plan.first().datesUntil(plan.last().plusDays(1)).toList();
        double dayWeights = days.stream().mapToDouble(SatisfactionScaleData::dayWeight).sum();
        List<CallbackRecord> batch = new ArrayList<>(CallbackIntake.MAX_BATCH);
        long made = 0;
        long accepted = 0;
        double owed = 0;
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            owed += plan.callbacks() * dayWeight(day) / dayWeights;
            long count = d == days.size() - 1 ? plan.callbacks() - made : Math.min(Math.round(owed), plan.callbacks() - made);
            owed -= count;
            for (long c = 0; c < count; c++) {
                int who = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                who = who < 0 ? -who - 1 : who;
                who = Math.min(who, staff.size() - 1);
                batch.add(callback(plan, random, staff.get(who), strength[who], day, ++made));
                if (batch.size() == CallbackIntake.MAX_BATCH) {
                    accepted += deliver(batch);
                    progress.at(made, plan.callbacks(), "callbacks");
                }
            }
        }
        accepted += deliver(batch);
        if (accepted != plan.callbacks()) {
            throw new IllegalStateException("the intake accepted " + accepted + " of " + plan.callbacks() + " callbacks");
        }
        progress.done(String.format("%,d callbacks for %,d staff, %s to %s", accepted, staff.size(), plan.first(),
                plan.last()));
    }

    private long deliver(List<CallbackRecord> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        IntakeResult result = intake.ingest(batch);
        batch.clear();
        if (!result.rejected().isEmpty()) {
            throw new IllegalStateException("the intake refused a generated callback: " + result.rejected().get(0));
        }
        return result.accepted();
    }

    private static double dayWeight(LocalDate day) {
        return day.getDayOfWeek().getValue() >= 6 ? 0.6 : 1.0;
    }

    private static CallbackRecord callback(ScalePlan plan, Random random, StaffRef member, double strength,
                                           LocalDate day, long sequence) {
        String agent = AGENTS[random.nextInt(AGENTS.length)];
        double lateShare = agent.equals(AGENTS[2]) ? 0.3 : 0.07;
        LocalDate callbackDate = day.plusDays(random.nextDouble() < lateShare ? 4 + random.nextInt(4) : 1 + random.nextInt(3));
        if (callbackDate.isAfter(plan.last())) {
            callbackDate = plan.last();
        }
        double roll = random.nextDouble();
        String status = roll < 0.08 ? "UNREACHABLE" : roll < 0.11 ? "REFUSED" : "COMPLETED";
        Map<String, Integer> answers = new LinkedHashMap<>();
        boolean complaint = false;
        String comment = null;
        if (status.equals("COMPLETED")) {
            double mood = strength + random.nextGaussian() * 0.35;
            for (String item : ITEMS) {
                if (random.nextDouble() < 0.05) {
                    continue;
                }
                answers.put(item, clamp((int) Math.round(4.25 + mood + random.nextGaussian() * 0.7), 1, 5));
            }
            double mean = answers.values().stream().mapToInt(Integer::intValue).average().orElse(4);
            answers.put("OVERALL", clamp((int) Math.round(mean * 2 + 0.7 + random.nextGaussian() * 0.8), 1, 10));
            complaint = mean < 2.6 ? random.nextDouble() < 0.6 : random.nextDouble() < 0.015;
            if (random.nextDouble() < 0.3) {
                String[] pool = mean >= 4 ? PRAISE : mean <= 3 ? COMPLAINT : NEUTRAL;
                comment = pool[random.nextInt(pool.length)];
            }
        }
        String[] typeAndChannel = serviceTypeAndChannel(member.postCode(), random.nextDouble());
        double segment = random.nextDouble();
        return new CallbackRecord(String.format("%s-CB-%09d", plan.prefix(), sequence), member.employeeNo(),
                day.toString(), callbackDate.toString(), typeAndChannel[0], typeAndChannel[1],
                segment < 0.05 ? "KEY" : segment < 0.22 ? "BUSINESS" : "MASS", status, "STANDARD-2026", answers,
                complaint, comment, agent);
    }

    private static String[] serviceTypeAndChannel(String post, double r) {
        return switch (post) {
            case "FIELD_ENGINEER" -> new String[] {r < 0.7 ? "REPAIR" : "ACTIVATION", "ONSITE"};
            case "HOTLINE_AGENT" -> new String[] {r < 0.45 ? "COMPLAINT" : r < 0.8 ? "TRANSACTION" : "REPAIR", "HOTLINE"};
            case "SERVICE_CONSULTANT" -> new String[] {r < 0.5 ? "TRANSACTION" : "ACTIVATION", r < 0.7 ? "SHOP" : "ONLINE"};
            case "FRONT_DESK_LEAD" -> new String[] {r < 0.5 ? "COMPLAINT" : "TRANSACTION", "SHOP"};
            default -> new String[] {r < 0.6 ? "TRANSACTION" : "ACTIVATION", "SHOP"};
        };
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
