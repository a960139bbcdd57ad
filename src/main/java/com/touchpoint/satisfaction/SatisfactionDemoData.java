package com.touchpoint.satisfaction;

import com.touchpoint.shared.DemoDataContributor;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Six months of callbacks for the demo organisation: staff of different strength, a repair team that
 * keeps missing promised times (PROMISE), an outage week that drags repair scores down, unreachable,
 * refused and late callbacks, complaints, and Chinese comments praising and complaining.
 */
@Component
class SatisfactionDemoData implements DemoDataContributor {

    static final String WEAK_PROMISE_TEAM = "T-EAST-3";
    private static final String[] PRAISE = {"师傅很耐心，讲解得很清楚", "办理很快，服务态度非常好", "小姑娘很热情，帮我选了合适的套餐",
            "上门准时，修好后还帮我测试了网速", "问题一次就解决了，谢谢", "态度很好，专业", "很满意，下次还来这个营业厅"};
    private static final String[] COMPLAINT = {"约好上午来，下午才到，也没提前说", "等了很久，排队太慢", "说好三天修好，一个星期了还没人管",
            "解释不清楚，问了好几遍", "宽带经常断，报修好几次都没解决", "推销太多，我只想办业务", "态度一般，感觉不耐烦",
            "广告说的和实际不一样，被忽悠了"};
    /** Callback desk agents; the third one often calls back late. */
    private static final String[] AGENTS = {"回访员 钱丽", "回访员 周洁", "回访员 孙强", "回访员 吴芳"};
    private static final String[] NEUTRAL = {"还可以", "一般吧", "没什么意见", "希望以后能更快一点"};

    private final StaffDirectory directory;
    private final CallbackIntake intake;
    private final OperatorTime operatorTime;
    private final Random random = new Random(20260601L);

    SatisfactionDemoData(StaffDirectory directory, CallbackIntake intake, OperatorTime operatorTime) {
        this.directory = directory;
        this.intake = intake;
        this.operatorTime = operatorTime;
    }

    @Override
    public String name() {
        return "satisfaction-callbacks";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void contribute() {
        SystemActor.run("demo", this::deliver, "ROLE_ADMIN");
    }

    private void deliver() {
        LocalDate today = operatorTime.today();
        LocalDate start = today.minusMonths(6).withDayOfMonth(1);
        LocalDate outage = today.minusMonths(2).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        List<StaffRef> staff = new ArrayList<>();
        for (String post : List.of("SHOP_SALES", "HOTLINE_AGENT", "FIELD_ENGINEER", "SERVICE_CONSULTANT",
                "FRONT_DESK_LEAD")) {
            staff.addAll(directory.withPost(post));
        }
        List<CallbackRecord> batch = new ArrayList<>();
        int sequence = 0;
        for (StaffRef member : staff) {
            double strength = random.nextGaussian() * 0.45;
            for (LocalDate day = start; day.isBefore(today.minusDays(1)); day = day.plusDays(1)) {
                int count = dailyCount(member.postCode(), day);
                for (int i = 0; i < count; i++) {
                    batch.add(callback(member, day, today, strength, outage, ++sequence));
                    if (batch.size() == CallbackIntake.MAX_BATCH) {
                        intake.ingest(batch);
                        batch.clear();
                    }
                }
            }
        }
        intake.ingest(batch);
    }

    private int dailyCount(String post, LocalDate day) {
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        double mean = switch (post) {
            case "HOTLINE_AGENT" -> 3.0;
            case "FRONT_DESK_LEAD" -> 0.8;
            default -> 1.8;
        } * (weekend ? 0.6 : 1.0);
        int count = 0;
        double limit = Math.exp(-mean);
        for (double p = random.nextDouble(); p > limit; p *= random.nextDouble()) {
            count++;
        }
        return count;
    }

    private CallbackRecord callback(StaffRef member, LocalDate day, LocalDate today, double strength,
                                    LocalDate outage, int sequence) {
        boolean repair = member.postCode().equals("FIELD_ENGINEER");
        boolean inOutage = repair && !day.isBefore(outage) && day.isBefore(outage.plusDays(7));
        String agent = AGENTS[random.nextInt(AGENTS.length)];
        double lateShare = agent.equals(AGENTS[2]) ? 0.3 : 0.07;
        LocalDate callbackDate = day.plusDays(random.nextDouble() < lateShare ? 4 + random.nextInt(4) : 1 + random.nextInt(3));
        if (callbackDate.isAfter(today)) {
            callbackDate = today;
        }
        String[] typeAndChannel = serviceTypeAndChannel(member.postCode());
        double roll = random.nextDouble();
        String status = roll < 0.08 ? "UNREACHABLE" : roll < 0.11 ? "REFUSED" : "COMPLETED";
        Map<String, Integer> answers = new LinkedHashMap<>();
        double mood = strength + (inOutage ? -1.3 : 0) + random.nextGaussian() * 0.35;
        boolean complaint = false;
        String comment = null;
        if (status.equals("COMPLETED")) {
            for (String item : List.of("ATTITUDE", "EFFICIENCY", "PROFESSIONAL", "PROMISE", "RESOLUTION")) {
                if (random.nextDouble() < 0.05) {
                    continue;
                }
                double effect = item.equals("PROMISE") && member.teamCode().equals(WEAK_PROMISE_TEAM) ? -1.3 : 0;
                answers.put(item, clamp((int) Math.round(4.25 + mood + effect + random.nextGaussian() * 0.7), 1, 5));
            }
            double mean = answers.values().stream().mapToInt(Integer::intValue).average().orElse(4);
            answers.put("OVERALL", clamp((int) Math.round(mean * 2 + 0.7 + random.nextGaussian() * 0.8), 1, 10));
            complaint = mean < 2.6 ? random.nextDouble() < 0.6 : random.nextDouble() < 0.015;
            comment = random.nextDouble() < 0.35 ? comment(mean) : null;
        }
        String segment = roll < 0.5 ? pick("KEY", 0.05, "BUSINESS", 0.2) : pick("KEY", 0.05, "BUSINESS", 0.15);
        return new CallbackRecord(String.format("DEMO-%07d", sequence), member.employeeNo(), day.toString(),
                callbackDate.toString(), typeAndChannel[0], typeAndChannel[1], segment, status, "STANDARD-2026",
                answers, complaint, comment, agent);
    }

    private String pick(String first, double p1, String second, double p2) {
        double r = random.nextDouble();
        return r < p1 ? first : r < p1 + p2 ? second : "MASS";
    }

    private String[] serviceTypeAndChannel(String post) {
        double r = random.nextDouble();
        return switch (post) {
            case "FIELD_ENGINEER" -> new String[] {r < 0.7 ? "REPAIR" : "ACTIVATION", "ONSITE"};
            case "HOTLINE_AGENT" -> new String[] {r < 0.45 ? "COMPLAINT" : r < 0.8 ? "TRANSACTION" : "REPAIR", "HOTLINE"};
            case "SERVICE_CONSULTANT" -> new String[] {r < 0.5 ? "TRANSACTION" : "ACTIVATION", r < 0.7 ? "SHOP" : "ONLINE"};
            case "FRONT_DESK_LEAD" -> new String[] {r < 0.5 ? "COMPLAINT" : "TRANSACTION", "SHOP"};
            default -> new String[] {r < 0.6 ? "TRANSACTION" : "ACTIVATION", "SHOP"};
        };
    }

    private String comment(double mean) {
        String[] pool = mean >= 4 ? PRAISE : mean <= 3 ? COMPLAINT : NEUTRAL;
        return pool[random.nextInt(pool.length)];
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
